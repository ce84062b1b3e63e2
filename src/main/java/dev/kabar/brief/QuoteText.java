package dev.kabar.brief;

import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the words around an attribution: quote marks, speaker names, descriptions. */
final class QuoteText {

    private static final Pattern INSTITUTIONS = Pattern.compile("(?i)(?:para\\s+)?(?:kementerian|analis|pejabat|"
            + "juru|pemerintah|media|kantor|agensi|agen|badan|pernyataan|sumber|kedutaan|kedubes|officials|analysts"
            + "|the\\s+\\p{L}+)\\b");
    private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*");

    private QuoteText() {}

    /** A lower-case noun phrase describing the speaker ("seorang analis di ..."), not a clause. */
    static boolean describes(String appositive) {
        return !appositive.isEmpty() && Character.isLowerCase(appositive.charAt(0))
                && !appositive.matches("(?s)(?:yang|seraya|sambil|dan|akan|telah|sudah|juga|pada|saat|ketika|usai|dalam|di|ke"
                        + "|dari|kepada|sebelum|setelah|namun|tetapi|lalu|kemudian|when|while|after|ber\\p{L}+"
                        + "|me[mnr]\\p{L}+|di\\p{L}+kan|ter\\p{L}+)\\b.*");
    }

    /** A speaker is named (capitalised) or an institution in lower case ("kata kementerian"). */
    static boolean plausible(String speaker) {
        String s = speaker.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(s.charAt(0))) {
            return !StopWords.contains(Terms.fold(s.split("\\s+")[0]));
        }
        return s.split("\\s+").length <= 6 && INSTITUTIONS.matcher(s).lookingAt();
    }

    static String firstNameRun(String text) {
        Matcher m = NAME_RUN.matcher(text);
        return m.find() ? m.group() : text;
    }

    static boolean insideQuote(String text, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                open = open == 0 ? 1 : 0;
            }
        }
        return open > 0;
    }

    /** Strips the attribution's leftovers: an unpaired quote mark at either end, a trailing comma. */
    static String clean(String quote) {
        String q = quote.strip().replaceAll("[,;:]+$", "").strip();
        if (q.startsWith("“") && count(q, '“') > count(q, '”') || q.startsWith("\"") && count(q, '"') % 2 == 1) {
            q = q.substring(1).strip();
        }
        if (q.endsWith("”") && count(q, '”') > count(q, '“') || q.endsWith("\"") && count(q, '"') % 2 == 1) {
            q = q.substring(0, q.length() - 1).strip();
        }
        if (q.startsWith("“") && q.endsWith("”") && count(q, '“') == 1 && count(q, '”') == 1) {
            q = q.substring(1, q.length() - 1);
        }
        return q.strip().replaceAll("[,;:]+$", "").strip();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
