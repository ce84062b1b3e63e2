package dev.kabar.ingestion.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Who wrote the article: schema.org {@code author}, author meta tags, {@code rel="author"} and
 * {@code itemprop="author"} elements, then a short byline element. Names are cleaned of "By" /
 * "Oleh" and joined with {@code ", "}; URLs and organisation-looking values are not names.
 */
final class Bylines {

    private static final List<String> META = List.of(
            "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
            "twitter:creator");
    private static final int MAX_NAME_CHARS = 60;
    private final List<String> prefixes;
    private final Pattern joiners;
    private final Pattern labelled;

    Bylines(PageRules rules) {
        this.prefixes = rules.bylineWords("prefix").stream()
                .sorted((a, b) -> b.length() - a.length()) // "written by" before "by"
                .toList();
        this.joiners = joiners(rules.bylineWords("joiner"));
        this.labelled = labels(rules.bylineWords("label"));
    }

    String find(Document doc, MetaTags meta, Optional<JsonNode> article) {
        List<String> names = article.map(a -> JsonLd.names(a.get("author"))).orElse(List.of());
        if (names.isEmpty()) {
            names = meta.first(META).map(List::of).orElse(List.of());
        }
        if (names.isEmpty()) {
            names = texts(doc, "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        }
        if (names.isEmpty()) {
            names = texts(doc, "[class~=(?i)byline|author-name|author__name|penulis|reporter]");
        }
        if (names.isEmpty()) {
            names = labelled(doc);
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String n : names) {
            for (String part : joiners.split(stripPrefix(n.strip()))) {
                String name = part.strip();
                if (isName(name)) {
                    clean.add(name);
                }
            }
        }
        return String.join(", ", clean);
    }

    private static List<String> texts(Document doc, String query) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select(query)) {
            String t = e.text().strip();
            if (!t.isEmpty() && t.length() <= MAX_NAME_CHARS * 2) {
                out.add(t);
            }
            if (!out.isEmpty() && !query.contains("rel=author")) {
                break; // the first byline element: later ones are related stories' bylines
            }
        }
        return out;
    }

    /** A line like "Pewarta: Siti Aminah" or "Reporter: Yusuf Hakim" anywhere on the page. */
    private List<String> labelled(Document doc) {
        for (Element e : doc.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                String line = t.text().strip();
                Matcher m = labelled.matcher(line);
                if (line.length() <= MAX_NAME_CHARS * 2 && m.find()) {
                    return List.of(line.substring(m.end()).strip());
                }
            }
        }
        return List.of();
    }

    String stripPrefix(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                char next = text.charAt(prefix.length());
                if (next == ' ' || next == ':') {
                    return text.substring(prefix.length()).replaceFirst("^[\\s:]+", "");
                }
            }
        }
        return text;
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && name.length() <= MAX_NAME_CHARS && !name.contains("://") && !name.startsWith("@")
                && !name.contains("www.") && Character.isLetter(name.codePointAt(0));
    }

    private static Pattern labels(List<String> labels) {
        StringBuilder alternatives = new StringBuilder();
        for (String label : labels) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(label));
        }
        return Pattern.compile("^(?:" + alternatives + ")\\s*:\\s*(?=\\p{L})", Pattern.CASE_INSENSITIVE);
    }

    private static Pattern joiners(List<String> words) {
        StringBuilder alternatives = new StringBuilder("\\s*[,;]\\s*");
        for (String j : words) {
            alternatives.append("|\\s+").append(Pattern.quote(j)).append("\\s+");
        }
        return Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE);
    }
}
