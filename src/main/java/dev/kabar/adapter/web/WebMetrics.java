package dev.kabar.adapter.web;

import dev.kabar.chat.AskResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/** Prometheus metrics of the web server: requests and latency per route, answers by outcome and composer. */
final class WebMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** One finished request; {@code route} is the matched route pattern, never the raw path (bounded label values). */
    void request(String method, String route, int status, Duration took) {
        Timer.builder("kabar.http.requests")
                .description("HTTP requests by route and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    void answer(AskResult result) {
        Counter.builder("kabar.answers")
                .description("answers given, by outcome (grounded or declined) and composer")
                .tags("outcome", result.answer().grounded() ? "grounded" : "declined", "composer", result.composer())
                .register(registry)
                .increment();
    }

    String scrape() {
        return registry.scrape();
    }
}
