package dev.kabar.ingestion.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The next page of an article split over several: a {@code rel="next"} link, or a pager link
 * ("Selanjutnya", "Next", "Halaman 2", "2") whose URL is this page's with the page number one higher
 * ({@code ?page=2}, {@code /2}, {@code /page/2}). A link to another article is never taken for the
 * next page, whatever its text says.
 */
final class NextPageLink {

    private static final Pattern PAGE_PARAM =
            Pattern.compile("(?i)(?:^|&)(page|p|pg|hal|halaman|paged|pagenum|pagenumber)=(\\d{1,3})(?=&|$)");
    private static final Pattern KEYWORD_PATH = Pattern.compile("(?i)/(?:page|halaman|hal|p)/(\\d{1,3})/?$");
    private static final Pattern NUMBER_PATH = Pattern.compile("/(\\d{1,3})/?$");
    private static final int MAX_PAGE = 50;

    private NextPageLink() {}

    static Optional<URI> find(Document doc, URI current, PageRules rules) {
        for (Element link : doc.select("link[rel=next][href], a[rel=next][href]")) {
            Optional<URI> u = nextOf(current, link.absUrl("href"));
            if (u.isPresent()) {
                return u;
            }
        }
        int next = pageNumber(current) + 1;
        String nextNumber = Integer.toString(next);
        for (Element a : doc.getElementsByTag("a")) {
            if (!a.attr("href").contains(nextNumber)) {
                continue; // the next page's URL names its number; this cheap test skips most links
            }
            String text = a.text().strip().toLowerCase(Locale.ROOT);
            if (isNextText(text, next, rules)) {
                Optional<URI> u = nextOf(current, a.absUrl("href"));
                if (u.isPresent()) {
                    return u;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isNextText(String text, int next, PageRules rules) {
        if (text.equals(Integer.toString(next)) || rules.list("next-page").contains(text)) {
            return true;
        }
        for (String word : rules.list("page-word")) {
            if (text.equals(word + " " + next)) {
                return true;
            }
        }
        return false;
    }

    /** {@code candidate} when it is {@code current}'s page plus one, same site and same article. */
    static Optional<URI> nextOf(URI current, String candidate) {
        try {
            URI c = new URI(candidate);
            if (c.getHost() == null || !c.getHost().equalsIgnoreCase(current.getHost())) {
                return Optional.empty();
            }
            boolean sameArticle = base(c).equals(base(current));
            return sameArticle && pageNumber(c) == pageNumber(current) + 1 ? Optional.of(c) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty(); // a broken href is no page
        }
    }

    /** The page number a URL names; 1 when it names none. */
    static int pageNumber(URI u) {
        if (u.getRawQuery() != null) {
            Matcher q = PAGE_PARAM.matcher(u.getRawQuery());
            if (q.find()) {
                return Math.min(Integer.parseInt(q.group(2)), MAX_PAGE);
            }
        }
        return pagePath(u).map(m -> Math.min(Integer.parseInt(m.group(1)), MAX_PAGE)).orElse(1);
    }

    /**
     * A page number at the end of the path: after a page word ({@code /page/2}) or after an article
     * slug ({@code /news/some-long-title/2}), not any number ({@code /2024/06}).
     */
    private static Optional<Matcher> pagePath(URI u) {
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        Matcher k = KEYWORD_PATH.matcher(path);
        if (k.find()) {
            return Optional.of(k);
        }
        Matcher n = NUMBER_PATH.matcher(path);
        if (n.find()) {
            String before = path.substring(0, n.start());
            String slug = before.substring(before.lastIndexOf('/') + 1);
            if (slug.contains("-") && slug.length() > 10) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The URL without its page number and fragment: the same for every page of one article. */
    private static String base(URI u) {
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        String query = u.getRawQuery() == null ? "" : u.getRawQuery();
        if (PAGE_PARAM.matcher(query).find()) {
            query = PAGE_PARAM.matcher(query).replaceAll("").replaceAll("^&+|&+$", "");
        } else {
            Optional<Matcher> m = pagePath(u);
            if (m.isPresent()) {
                path = path.substring(0, m.get().start());
            }
        }
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return u.getHost().toLowerCase(Locale.ROOT) + path + (query.isEmpty() ? "" : "?" + query);
    }
}
