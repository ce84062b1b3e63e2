package dev.kabar.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens for matching: NFKC-normalised, accents folded, lower-cased with {@link Locale#ROOT}.
 * A token is a run of letters or digits; digits keep inner {@code .} and {@code ,} ({@code 5.000},
 * {@code 6,5}); hyphens and apostrophes split ({@code Kim Jong-un} gives {@code kim jong un}).
 */
public final class Terms {

    private Terms() {}

    public static List<String> tokens(String text) {
        String folded = fold(text);
        List<String> out = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(c);
            i++;
            while (i < n) {
                char d = folded.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if (digits && (d == '.' || d == ',') && i + 1 < n && Character.isDigit(folded.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(folded.substring(start, i));
        }
        return out;
    }

    /** Lower-cases and strips accents and zero-width characters. */
    public static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public static boolean isNumber(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }
}
