package dev.kabar.ingestion.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article outside the body: canonical URL, headline, byline, publication
 * date, outlet and declared language.
 */
record PageMetadata(String url, String title, String byline, Optional<Published> published, String outlet,
        String declaredLanguage) {

    private static final List<String> OUTLET_META = List.of("og:site_name", "application-name", "twitter:site");
    private static final List<String> TITLE_META = List.of("og:title", "twitter:title");
    private static final List<String> LANGUAGE_META = List.of("og:locale", "content-language", "language", "dc.language");

    /** The readers of dates and bylines, built once from the page rules. */
    record Readers(PageDates dates, Bylines bylines) {
        static Readers of(PageRules rules) {
            return new Readers(new PageDates(new DateText(rules.zones())), new Bylines(rules));
        }
    }

    static PageMetadata read(Document doc, WebPage page, Readers readers) {
        MetaTags meta = new MetaTags(doc);
        Optional<JsonNode> article = JsonLd.article(doc);
        String outlet = meta.first(OUTLET_META).map(o -> o.startsWith("@") ? "" : o)
                .filter(o -> !o.isBlank())
                .or(() -> article.flatMap(a -> JsonLd.name(a.get("publisher"))))
                .orElse("");
        return new PageMetadata(url(doc, page, meta, article), title(doc, meta, article, outlet), readers.bylines().find(doc, meta, article),
                readers.dates().find(doc, meta, article), outlet, declaredLanguage(doc, meta, article));
    }

    private static String url(Document doc, WebPage page, MetaTags meta, Optional<JsonNode> article) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        Optional<String> named = Optional.ofNullable(canonical).map(c -> c.absUrl("href")).filter(PageMetadata::isWebUrl)
                .or(() -> meta.get("og:url").filter(PageMetadata::isWebUrl))
                .or(() -> article.flatMap(a -> JsonLd.text(a, "url")).filter(PageMetadata::isWebUrl))
                .or(() -> article.map(a -> a.path("mainEntityOfPage"))
                        .map(m -> m.isTextual() ? m.asText() : m.path("@id").asText(""))
                        .filter(PageMetadata::isWebUrl));
        if (named.isPresent()) {
            return named.get();
        }
        return page.fromWeb() ? page.url().toString() : "";
    }

    private static boolean isWebUrl(String s) {
        try {
            URI u = new URI(s.strip());
            return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String title(Document doc, MetaTags meta, Optional<JsonNode> article, String outlet) {
        Optional<String> t = article.flatMap(a -> JsonLd.text(a, "headline")).or(() -> meta.first(TITLE_META));
        if (t.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            t = Optional.ofNullable(h1).map(Element::text).filter(s -> !s.isBlank()).or(() -> Optional.of(doc.title()));
        }
        return TitleText.clean(t.get(), outlet);
    }

    private static String declaredLanguage(Document doc, MetaTags meta, Optional<JsonNode> article) {
        String lang = PageLanguage.code(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"));
        if (lang.isEmpty()) {
            lang = article.flatMap(a -> JsonLd.name(a.get("inLanguage"))).map(PageLanguage::code).orElse("");
        }
        if (lang.isEmpty()) {
            lang = meta.first(LANGUAGE_META).map(PageLanguage::code).orElse("");
        }
        return lang;
    }
}
