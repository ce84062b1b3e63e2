package dev.kabar.bench;

/** Warm {@code ask} and {@code search} latency and throughput with {@code threads} concurrent clients. */
record LoadRow(int threads, LoadRun.Result ask, LoadRun.Result search) {

    String line() {
        return String.format("%3d %8.2f %8.2f %7.0f %8.2f %8.2f %7.0f", threads, ask.latency().p50(),
                ask.latency().p99(), ask.perSecond(), search.latency().p50(), search.latency().p99(),
                search.perSecond());
    }

    /** The row's JSON shape. */
    record Json(int threads, int questions, double askP50Ms, double askP95Ms, double askP99Ms, double askMaxMs,
            double askPerSecond, double searchP50Ms, double searchP95Ms, double searchP99Ms, double searchPerSecond) {}

    Json json() {
        return new Json(threads, ask.latency().count(), ask.latency().p50(), ask.latency().p95(), ask.latency().p99(),
                ask.latency().max(), BenchRow.round(ask.perSecond()), search.latency().p50(), search.latency().p95(),
                search.latency().p99(), BenchRow.round(search.perSecond()));
    }
}
