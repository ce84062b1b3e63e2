package dev.kabar.brief.invariant;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A key point is article prose: no dateline left at its start ({@code JAKARTA, OUTLET.com -},
 * {@code Kota (OUTLET) -}, {@code Outlet.com -}, the article's own outlet before a dash, a stray
 * dash), no related-link line, byline, photo credit, reporter initials ({@code (abc/def)}) or promo.
 * Its own patterns, written from the furniture of Indonesian news sites, not the cleaner's rules.
 */
final class FurnitureCheck {

    private static final List<Pattern> DATELINES = List.of(
            Pattern.compile("^[-–—:|•]"),
            Pattern.compile("^\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}\\s*,\\s*[\\p{L}\\d.]+(?:\\s+[\\p{L}\\d.]+){0,2}\\s*[-–—]+\\s"),
            Pattern.compile("^\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3}\\s*\\([^()]{2,30}\\)\\s*[-–—]+\\s"),
            Pattern.compile("(?i)^[\\p{L}\\d-]+\\.(?:com|net|id|co\\.id|org)\\b\\s*[-–—,:]"),
            Pattern.compile("^\\p{Lu}{3,}(?:\\s+\\p{Lu}{3,}){0,2}\\s*[-–—:]\\s"));
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:\\bbaca\\s+(?:juga|selengkapnya)\\b|\\bsimak\\s+juga\\b"
            + "|\\blihat\\s+juga\\b|\\bfoto\\s*:|\\b(?:penulis|editor|reporter|pewarta|redaktur)\\s*:|advertisement"
            + "|scroll to continue|adalah portal berita|artikel ini telah tayang|\\(\\s*end\\s*\\)"
            + "|\\(\\s*\\p{L}{2,4}\\s*(?:/\\s*\\p{L}{2,4}\\s*)+\\)\\s*$)");

    private FurnitureCheck() {}

    static boolean clean(String text, String outlet) {
        String t = text.strip();
        if (DATELINES.stream().anyMatch(p -> p.matcher(t).find()) || FURNITURE.matcher(t).find()) {
            return false;
        }
        return outlet.isBlank() || !ownOutletDateline(t, outlet);
    }

    /** "Rimanews - …", "JUARA.NET, KOTA - …": the article's outlet in the first words, before a dash. */
    private static boolean ownOutletDateline(String t, String outlet) {
        String head = t.substring(0, Math.min(t.length(), outlet.length() + 40)).toLowerCase(Locale.ROOT);
        int at = head.indexOf(outlet.toLowerCase(Locale.ROOT));
        return at >= 0 && at < 30 && Pattern.compile("^[^.!?]{0,40}?\\s[-–—]+\\s").matcher(head.substring(at + outlet.length())).find();
    }
}
