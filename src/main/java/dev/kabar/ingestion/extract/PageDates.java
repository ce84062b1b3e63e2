package dev.kabar.ingestion.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When the article was published, from the most to the least deliberate statement of it: schema.org
 * {@code datePublished}, publication meta tags ({@code article:published_time} and the outlets'
 * own), {@code itemprop="datePublished"}, {@code <time datetime>}, then a printed date in the
 * page's date or byline line.
 */
final class PageDates {

    /** Meta names that carry the publication time, most specific first. */
    private static final List<String> META = List.of(
            "article:published_time", "og:published_time", "published_time", "article:published", "datepublished",
            "publishdate", "publish-date", "publish_date", "pubdate", "content_publisheddate", "dtk:publishdate",
            "parsely-pub-date", "sailthru.date", "article.published", "dc.date.issued", "dcterms.issued",
            "dcterms.created", "dc.date", "date", "originalpublicationdate", "publication_date",
            "citation_publication_date");
    private static final int PRINTED_MAX_CHARS = 200;

    private PageDates() {}

    static Optional<Published> find(Document doc, MetaTags meta, Optional<JsonNode> article) {
        Optional<Published> found = article.flatMap(a -> JsonLd.text(a, "datePublished")).flatMap(DateText::machine);
        for (int i = 0; found.isEmpty() && i < META.size(); i++) {
            found = meta.get(META.get(i)).flatMap(DateText::machine);
        }
        return found.or(() -> tagged(doc)).or(() -> timeElement(doc)).or(() -> printed(doc));
    }

    private static Optional<Published> tagged(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished]")) {
            for (String v : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
                Optional<Published> p = v.isBlank() ? Optional.empty() : DateText.machine(v);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Published> timeElement(Document doc) {
        Element time = doc.selectFirst("time[pubdate][datetime]");
        if (time == null) {
            time = doc.selectFirst("article time[datetime], main time[datetime]");
        }
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        return time == null ? Optional.empty() : DateText.machine(time.attr("datetime"));
    }

    private static Optional<Published> printed(Document doc) {
        for (Element e : doc.select("[class~=(?i)date|time|byline|meta|publish], [id~=(?i)date|time|publish], time")) {
            String text = e.text();
            if (!text.isEmpty() && text.length() <= PRINTED_MAX_CHARS) {
                Optional<Published> p = DateText.printed(text);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }
}
