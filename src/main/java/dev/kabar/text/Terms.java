package dev.kabar.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens for matching: accents folded, lower-cased with {@link Locale#ROOT}. A token is a run
 * of letters or digits; digits keep inner {@code .} and {@code ,} ({@code 5.000}, {@code 6,5});
 * hyphens and apostrophes split ({@code Siti Nur-aini} gives {@code siti nur aini}).
 */
public final class Terms {

    private Terms() {}

    /** Folded tokens of {@code text}. */
    public static List<String> tokens(String text) {
        List<Token> tokens = scan(text);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.folded());
        }
        return out;
    }

    /** Tokens of {@code text} with their positions and original spelling. */
    public static List<Token> scan(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(c);
            i++;
            while (i < n) {
                char d = text.charAt(i);
                int type = Character.getType(d);
                if (Character.isLetterOrDigit(d) || type == Character.NON_SPACING_MARK) {
                    i++;
                } else if (digits && (d == '.' || d == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            String surface = text.substring(start, i);
            out.add(new Token(surface, fold(surface), start, i));
        }
        return out;
    }

    /** Lower-cases and strips accents and zero-width characters. */
    public static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String nfkd = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(nfkd.length());
        for (int i = 0; i < nfkd.length(); i++) {
            char c = nfkd.charAt(i);
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
