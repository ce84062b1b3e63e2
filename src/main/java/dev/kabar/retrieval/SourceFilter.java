package dev.kabar.retrieval;

import dev.kabar.article.ArticleMeta;
import dev.kabar.text.AuthorNames;
import dev.kabar.text.Outlets;
import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which articles a search may return: those of one outlet, of one author, of one publication day,
 * or any of these together. A filter, never a boost — an article outside it is not returned at all.
 *
 * @param outletKey the outlet's {@link Outlets#key key}, or empty for any outlet
 * @param day the publication day (month and day), or {@code null} for any
 * @param year the publication year, or 0 for any year (a question may name the day only)
 * @param authorKey one author of the byline, as {@link AuthorNames#key}, or empty for any
 */
public record SourceFilter(String outletKey, MonthDay day, int year, String authorKey) {

    public static final SourceFilter NONE = new SourceFilter("", null, 0, "");

    public SourceFilter {
        outletKey = Objects.requireNonNullElse(outletKey, "");
        authorKey = Objects.requireNonNullElse(authorKey, "");
        if (year < 0) {
            throw new IllegalArgumentException("year must be >= 0, was " + year);
        }
        if (day == null && year != 0) {
            throw new IllegalArgumentException("a year needs a day");
        }
    }

    public static SourceFilter outlet(String printed) {
        return new SourceFilter(Outlets.key(printed), null, 0, "");
    }

    /** This filter also restricted to {@code day} ({@code year} 0: any year). */
    public SourceFilter on(MonthDay day, int year) {
        return new SourceFilter(outletKey, Objects.requireNonNull(day, "day"), year, authorKey);
    }

    /** This filter also restricted to the articles {@code author} wrote (one of the byline's names). */
    public SourceFilter by(String author) {
        return new SourceFilter(outletKey, day, year, AuthorNames.key(author));
    }

    public boolean isNone() {
        return outletKey.isEmpty() && day == null && authorKey.isEmpty();
    }

    /** Whether the article passes: the metadata decides, as the index does. */
    public boolean matches(ArticleMeta meta) {
        if (!outletKey.isEmpty() && !outletKeys(meta).contains(outletKey)) {
            return false;
        }
        if (!authorKey.isEmpty() && AuthorNames.of(meta.byline()).stream().map(AuthorNames::key)
                .noneMatch(authorKey::equals)) {
            return false;
        }
        if (day == null) {
            return true;
        }
        LocalDate p = meta.published();
        return p != null && MonthDay.from(p).equals(day) && (year == 0 || p.getYear() == year);
    }

    /**
     * The keys an article is found under: its outlet's, and its web address's host (a page whose
     * outlet is not printed is still of {@code kompas.com}).
     */
    public static Set<String> outletKeys(ArticleMeta meta) {
        Set<String> keys = new TreeSet<>();
        if (!meta.outlet().isBlank()) {
            keys.add(Outlets.key(meta.outlet()));
        }
        host(meta.url()).map(Outlets::key).filter(k -> !k.isEmpty()).ifPresent(keys::add);
        return keys;
    }

    private static Optional<String> host(String url) {
        if (url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String h = host.toLowerCase(Locale.ROOT);
            // news.example.com and example.com are one outlet: keep the registered name and its ending
            String[] parts = h.split("\\.");
            int keep = parts.length >= 3 && parts[parts.length - 2].length() <= 3 && parts[parts.length - 1].length() == 2 ? 3 : 2;
            return Optional.of(String.join(".", Arrays.copyOfRange(parts, Math.max(0, parts.length - keep), parts.length)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not an address: no key from it
        }
    }
}
