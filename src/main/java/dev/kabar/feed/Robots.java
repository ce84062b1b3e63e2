package dev.kabar.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a site's {@code robots.txt} lets kabar fetch an article page: the group for {@code kabar},
 * else for {@code *}; the longest matching {@code Allow}/{@code Disallow} prefix wins ({@code *} and
 * {@code $} in rules are read as a plain prefix end). A site without one (or whose file cannot be had)
 * allows everything. Each site's rules are kept for a day.
 */
final class Robots {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final String AGENT = "kabar";

    private record Rule(String prefix, boolean allow) {}

    private record Rules(List<Rule> rules, Instant read) {}

    private final FeedSource source;
    private final Clock clock;
    private final Map<String, Rules> sites = new ConcurrentHashMap<>();

    Robots(FeedSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    boolean allows(URI page) {
        String site = page.getScheme() + "://" + page.getRawAuthority();
        Rules r = sites.get(site);
        if (r == null || r.read().plus(KEPT).isBefore(clock.instant())) {
            r = new Rules(read(URI.create(site + "/robots.txt")), clock.instant());
            sites.put(site, r);
        }
        String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        if (page.getRawQuery() != null) {
            path += "?" + page.getRawQuery();
        }
        Rule best = null;
        for (Rule rule : r.rules()) {
            if (path.startsWith(rule.prefix()) && (best == null || rule.prefix().length() > best.prefix().length()
                    || rule.prefix().length() == best.prefix().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private List<Rule> read(URI robots) {
        try {
            FeedSource.Document d = source.fetch(robots, FeedSource.Validators.NONE);
            return d.html() ? List.of() : parse(new String(d.body(), StandardCharsets.UTF_8));
        } catch (FeedException e) {
            return List.of();
        }
    }

    /** The rules of the group naming kabar, else of the {@code *} group. */
    static List<Rule> parse(String text) {
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                String prefix = value.replaceFirst("[*$].*", "");
                if (prefix.isEmpty()) {
                    continue; // "Disallow:" with nothing allows everything; "*.pdf" is beyond a prefix
                }
                Rule rule = new Rule(prefix, field.equals("allow"));
                if (agents.stream().anyMatch(a -> a.contains(AGENT))) {
                    mine.add(rule);
                } else if (agents.contains("*")) {
                    anyone.add(rule);
                }
            }
        }
        return mine.isEmpty() ? anyone : mine;
    }
}
