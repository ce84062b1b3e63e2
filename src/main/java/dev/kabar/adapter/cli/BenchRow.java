package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.IndexReport;
import dev.kabar.chat.ResultJson;

/** One corpus's benchmark figures. */
record BenchRow(String corpus, IndexReport index, LatencyStats ask, LatencyStats search, long peakHeapMb, long rssMb) {

    static final String HEADER = String.format("%-14s %8s %9s %9s %11s %9s %9s %9s %9s %8s %7s",
            "corpus", "articles", "passages", "index ms", "passages/s", "ask p50", "ask p99", "srch p50",
            "srch p99", "heap MB", "rss MB");

    long passagesPerSecond() {
        return index.millis() == 0 ? 0 : Math.round(index.passages() * 1000.0 / index.millis());
    }

    String line() {
        return String.format("%-14s %8d %9d %9d %11d %9.3f %9.3f %9.3f %9.3f %8d %7d", corpus, index.articles(),
                index.passages(), index.millis(), passagesPerSecond(), ask.p50(), ask.p99(), search.p50(),
                search.p99(), peakHeapMb, rssMb);
    }

    ObjectNode json() {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("corpus", corpus);
        o.put("articles", index.articles());
        o.put("passages", index.passages());
        o.put("rejected", index.rejected().size());
        o.put("indexMs", index.millis());
        o.put("passagesPerSecond", passagesPerSecond());
        o.put("askP50Ms", ask.p50());
        o.put("askP95Ms", ask.p95());
        o.put("askP99Ms", ask.p99());
        o.put("searchP50Ms", search.p50());
        o.put("searchP99Ms", search.p99());
        o.put("peakHeapMb", peakHeapMb);
        o.put("rssMb", rssMb);
        return o;
    }
}
