package dev.kabar.ingestion.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a page as an ISO 639-1 code: what the page declares ({@code <html lang>},
 * schema.org {@code inLanguage}, {@code og:locale}, {@code content-language}), else what the body's
 * function words say ({@code language-words.txt}), else unknown.
 */
final class PageLanguage {

    /** Fewer function-word hits than this in the body is too little to tell. */
    private static final int MIN_HITS = 5;
    /** ISO 639 codes still in use for Indonesian, Hebrew and Yiddish. */
    private static final Map<String, String> OLD_CODES = Map.of("in", "id", "iw", "he", "ji", "yi");

    private final List<Map.Entry<String, Set<String>>> functionWords;

    PageLanguage(PageRules rules) {
        List<Map.Entry<String, Set<String>>> w = new ArrayList<>();
        rules.languageWords().forEach((code, list) ->
                w.add(Map.entry(code, Set.copyOf(List.of(String.join(" ", list).split("\\s+"))))));
        this.functionWords = List.copyOf(w);
    }

    /** The two-letter code of a declared tag like {@code id-ID}, {@code en_US}, {@code in}; empty if none. */
    static String code(String declared) {
        String d = declared.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < d.length() && Character.isLetter(d.charAt(end))) {
            end++;
        }
        String code = d.substring(0, end);
        if (code.length() != 2) {
            return "";
        }
        return OLD_CODES.getOrDefault(code, code);
    }

    /** The language whose function words occur most in {@code paragraphs}; empty when too few do. */
    String detect(List<String> paragraphs) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String p : paragraphs) {
            for (String token : p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (++words > 2000) {
                    break;
                }
                for (Map.Entry<String, Set<String>> lang : functionWords) {
                    if (lang.getValue().contains(token)) {
                        hits.merge(lang.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        String best = "";
        int bestHits = MIN_HITS - 1;
        for (Map.Entry<String, Set<String>> lang : functionWords) {
            int h = hits.getOrDefault(lang.getKey(), 0);
            if (h > bestHits) {
                best = lang.getKey();
                bestHits = h;
            }
        }
        return best;
    }
}
