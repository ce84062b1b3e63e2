package dev.kabar.ingestion.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The feeds a site's page names with {@code <link rel="alternate" type="application/rss+xml" href>}
 * (or Atom, or RDF): how a reader follows a site by its home page. Only http(s) links, made absolute
 * against the page's address, in page order, each once.
 */
public final class FeedLinks {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml");

    private FeedLinks() {}

    /** The feeds {@code page} names; empty when none (or it is no HTML page). */
    public static List<URI> in(WebPage page) {
        String html;
        try {
            html = PageDecoder.decode(page.body(), page.declaredCharset());
        } catch (ExtractionException e) {
            return List.of();
        }
        Document doc = Jsoup.parse(html, page.url().toString());
        Set<URI> found = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel][type][href]")) {
            boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (alternate && FEED_TYPES.contains(type)) {
                absolute(link.absUrl("href")).ifPresent(found::add);
            }
        }
        return new ArrayList<>(found);
    }

    private static Optional<URI> absolute(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(href));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
