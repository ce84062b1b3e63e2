package dev.kabar.adapter.web;

import dev.kabar.chat.AskResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * Prometheus metrics of the web server: requests and latency per route, answers by outcome and
 * composer. Every label comes from a closed set — a known method, a route template, a status class —
 * so no request, however made up, can add a series.
 */
final class WebMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /**
     * One finished request.
     *
     * @param route a route template or one of a few fixed names ({@code static}, {@code unmatched},
     *     {@code refused}), never the raw path
     */
    void request(String method, String route, int status, Duration took) {
        Timer.builder("kabar.http.requests")
                .description("HTTP requests by method, route and status class")
                .tags("method", HttpMethods.isKnown(method) ? method : "OTHER", "route", route,
                        "status", statusClass(status))
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

    private static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
