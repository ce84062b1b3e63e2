package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.KabarJson;
import dev.kabar.feed.Feed;
import java.util.List;

/**
 * The feed poller's health: a summary in {@code /healthz} ({@code feeds: {followed, failing,
 * articles}}) and, per feed, Prometheus gauges appended to {@code /metrics} — the feed's address is
 * the label, from the admin's closed list, so no request can add a series.
 */
final class FeedHealth {

    private FeedHealth() {}

    static ObjectNode summary(List<Feed> feeds) {
        ObjectNode o = KabarJson.mapper().createObjectNode();
        o.put("followed", feeds.size());
        o.put("failing", feeds.stream().filter(f -> !f.error().isEmpty()).count());
        o.put("articles", feeds.stream().mapToLong(Feed::articles).sum());
        return o;
    }

    static String metrics(List<Feed> feeds) {
        StringBuilder m = new StringBuilder();
        gauge(m, "kabar_feeds_followed", "feeds followed", feeds.size());
        gauge(m, "kabar_feeds_failing", "feeds whose last poll failed", feeds.stream().filter(f -> !f.error().isEmpty()).count());
        m.append("# HELP kabar_feed_last_success_seconds when a feed's poll last went well (Unix time; 0: never)\n")
                .append("# TYPE kabar_feed_last_success_seconds gauge\n");
        for (Feed f : feeds) {
            m.append("kabar_feed_last_success_seconds{feed=\"").append(label(f.url())).append("\"} ")
                    .append(f.lastSuccess().map(t -> t.getEpochSecond()).orElse(0L)).append('\n');
        }
        m.append("# HELP kabar_feed_failures consecutive failed polls of a feed\n# TYPE kabar_feed_failures gauge\n");
        for (Feed f : feeds) {
            m.append("kabar_feed_failures{feed=\"").append(label(f.url())).append("\"} ").append(f.failures()).append('\n');
        }
        m.append("# HELP kabar_feed_articles articles taken in from a feed\n# TYPE kabar_feed_articles gauge\n");
        for (Feed f : feeds) {
            m.append("kabar_feed_articles{feed=\"").append(label(f.url())).append("\"} ").append(f.articles()).append('\n');
        }
        return m.toString();
    }

    private static void gauge(StringBuilder m, String name, String help, long value) {
        m.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static String label(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
