package dev.kabar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The countries and organisations that act in the news, as Indonesian news names them: the first
 * Indonesian form of each row of {@code bilingual/countries.tsv} (the one country table, shared with
 * the English bridge), then {@code organisations.txt}. Countries come first, so an alias shared
 * with an organisation (a seat of government among the variants of a country) goes to the country.
 */
public final class PartyNames {

    private static final List<String> NAMES = load();

    private PartyNames() {}

    /** Every party name, countries first, in file order. */
    public static List<String> all() {
        return NAMES;
    }

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        for (String row : WordFile.lines("bilingual/countries.tsv")) {
            String[] columns = row.split("\t");
            if (columns.length != 2) {
                throw new IllegalStateException("countries.tsv: want English forms, a tab, Indonesian forms in: " + row);
            }
            out.add(columns[1].split("\\|")[0].strip());
        }
        out.addAll(WordFile.lines("organisations.txt"));
        return List.copyOf(out);
    }
}
