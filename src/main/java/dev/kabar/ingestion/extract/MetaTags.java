package dev.kabar.ingestion.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values by name: {@code name}, {@code property} and {@code itemprop} all
 * count, lower-cased ({@code og:site_name}, {@code article:published_time}, {@code author}). The first
 * non-blank value of a name wins.
 */
final class MetaTags {

    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("name", "property", "itemprop", "http-equiv")) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    values.putIfAbsent(key, content);
                }
            }
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of the first of {@code names} the page has. */
    Optional<String> first(List<String> names) {
        for (String n : names) {
            String v = values.get(n);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
