package dev.kabar.text.bilingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base forms an inflected English word may come from ({@code floors} → {@code floor},
 * {@code promised} → {@code promise}, {@code ministries} → {@code ministry}, {@code said} →
 * {@code say}), most likely first; the caller keeps the first its dictionary knows. Regular
 * endings are rules; irregular verbs come from {@code irregular-verbs.tsv}.
 */
final class EnglishForms {

    private final Map<String, String> irregular;

    EnglishForms(Map<String, String> irregular) {
        this.irregular = Map.copyOf(irregular);
    }

    /** {@code word} itself first, then candidate base forms. */
    List<String> candidates(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        String base = irregular.get(word);
        if (base != null) {
            out.add(base);
        }
        if (word.length() < 4) {
            return out;
        }
        if (word.endsWith("ies")) {
            out.add(cut(word, 3) + "y");
        }
        if (word.endsWith("es")) {
            out.add(cut(word, 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            out.add(cut(word, 1));
        }
        if (word.endsWith("ied")) {
            out.add(cut(word, 3) + "y");
        }
        if (word.endsWith("ed")) {
            verbStem(out, cut(word, 2));
        }
        if (word.endsWith("ing") && word.length() > 5) {
            verbStem(out, cut(word, 3));
        }
        return out;
    }

    /** {@code sign} from signed, {@code promise} from promis(ed), {@code plan} from plann(ed). */
    private static void verbStem(List<String> out, String stem) {
        out.add(stem);
        out.add(stem + "e");
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            out.add(stem.substring(0, n - 1));
        }
    }

    private static String cut(String word, int n) {
        return word.substring(0, word.length() - n);
    }
}
