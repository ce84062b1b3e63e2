package dev.kabar.ingestion.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

    private final DateText dates;

    PageDates(DateText dates) {
        this.dates = dates;
    }

    /**
     * The first date found; when it has no time, a later source's time on the same date completes it
     * (a meta tag saying {@code 2026/03/05 14:20:00} without a zone, a printed line saying {@code 14:20 WIB}).
     */
    Optional<Published> find(Document doc, MetaTags meta, Optional<JsonNode> article) {
        List<Supplier<Optional<Published>>> sources = new ArrayList<>();
        sources.add(() -> article.flatMap(a -> JsonLd.text(a, "datePublished")).flatMap(dates::machine));
        sources.add(() -> fromMeta(meta));
        sources.add(() -> tagged(doc));
        sources.add(() -> timeElement(doc));
        sources.add(() -> printed(doc));
        Optional<Published> found = Optional.empty();
        for (Supplier<Optional<Published>> source : sources) {
            Optional<Published> p = source.get();
            if (found.isEmpty()) {
                found = p;
            } else if (p.isPresent() && p.get() instanceof Published.Moment && p.get().date().equals(found.get().date())) {
                return p;
            }
            if (found.isPresent() && found.get() instanceof Published.Moment) {
                return found;
            }
        }
        return found;
    }

    private Optional<Published> fromMeta(MetaTags meta) {
        for (String name : META) {
            Optional<Published> p = meta.get(name).flatMap(dates::machine);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<Published> tagged(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished]")) {
            for (String v : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
                Optional<Published> p = v.isBlank() ? Optional.empty() : dates.machine(v);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Published> timeElement(Document doc) {
        Element time = doc.selectFirst("time[pubdate][datetime]");
        if (time == null) {
            time = doc.selectFirst("article time[datetime], main time[datetime]");
        }
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        return time == null ? Optional.empty() : dates.machine(time.attr("datetime"));
    }

    private Optional<Published> printed(Document doc) {
        for (Element e : doc.select("[class~=(?i)date|time|byline|meta|publish], [id~=(?i)date|time|publish], time")) {
            String text = e.text();
            if (!text.isEmpty() && text.length() <= PRINTED_MAX_CHARS) {
                Optional<Published> p = dates.printed(text);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }
}
