package dev.kabar.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of places, folded: every form, English and Indonesian, of the countries
 * ({@code bilingual/countries.tsv}) and regions ({@code bilingual/regions.tsv}), and the provinces
 * and cities of {@code places.txt}. A place tells where, never who: the briefing keeps them out of
 * its speakers, and the briefing check counts a place given as speaker as a fault.
 */
public final class PlaceNames {

    private static final Set<String> NAMES = load();

    private PlaceNames() {}

    /** Whether {@code name} (any case and spacing) is a known place: "Jawa Barat", "jakarta", "Selandia Baru". */
    public static boolean contains(String name) {
        return NAMES.contains(String.join(" ", Terms.tokens(name)));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String table : List.of("bilingual/countries.tsv", "bilingual/regions.tsv")) {
            for (String row : WordFile.lines(table)) {
                for (String form : row.split("[\t|]")) {
                    out.add(String.join(" ", Terms.tokens(form)));
                }
            }
        }
        WordFile.lines("places.txt").forEach(p -> out.add(String.join(" ", Terms.tokens(p))));
        out.remove("");
        return Set.copyOf(out);
    }
}
