package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.ResultJson;

/** Warm {@code ask} and {@code search} latency and throughput with {@code threads} concurrent clients. */
record LoadRow(int threads, LoadRun.Result ask, LoadRun.Result search) {

    String line() {
        return String.format("%3d %8.2f %8.2f %7.0f %8.2f %8.2f %7.0f", threads, ask.latency().p50(),
                ask.latency().p99(), ask.perSecond(), search.latency().p50(), search.latency().p99(),
                search.perSecond());
    }

    ObjectNode json() {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("threads", threads);
        o.put("questions", ask.latency().count());
        o.put("askP50Ms", ask.latency().p50());
        o.put("askP95Ms", ask.latency().p95());
        o.put("askP99Ms", ask.latency().p99());
        o.put("askMaxMs", ask.latency().max());
        o.put("askPerSecond", BenchRow.round(ask.perSecond()));
        o.put("searchP50Ms", search.latency().p50());
        o.put("searchP95Ms", search.latency().p95());
        o.put("searchP99Ms", search.latency().p99());
        o.put("searchPerSecond", BenchRow.round(search.perSecond()));
        return o;
    }
}
