package dev.kabar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits Indonesian (and English) news text into sentences.
 *
 * <p>A sentence ends at {@code . ! ? …} (plus any closing quotes or brackets) when whitespace and
 * an upper-case letter, digit or opening quote follow, and always at a line break. It does not end
 * after a known abbreviation ({@code Dr.}, {@code dll.}, {@code S.H.}), a single initial
 * ({@code J. Smith}), a list number at the start of a line ({@code 1. Kerja sama}), or inside a
 * quotation that closes within the same paragraph: news quotes often hold several sentences that
 * belong to one attribution ({@code “… . …,” kata Budi}).
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "drs", "dra", "ir", "h", "hj", "st", "no", "nomor", "jl", "jln", "dll", "dsb", "dkk", "dst",
            "an", "sh", "se", "mm", "mh", "msi", "phd", "prof", "sdr", "sdri", "bpk", "ibu", "kol", "jend",
            "brigjen", "mayjen", "letjen", "kapt", "tn", "ny", "nn", "mr", "mrs", "ms", "jr", "sr", "vs", "etc",
            "eg", "ie", "us", "uk", "un", "rp", "hlm", "tel", "telp", "kec", "kab", "prov", "km", "kg", "ltd",
            "inc", "co", "corp", "dept", "gen", "sen", "rep", "gov", "ave", "tgl", "thn", "bln", "pt", "cv");

    /** Quotations longer than this are treated as unbalanced and ignored for boundary purposes. */
    private static final int MAX_QUOTE = 1_000;
    private static final Pattern REFERENCE_MARK =
            Pattern.compile("\\d{1,3}|note \\d{1,3}|[a-z]");

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                splitLine(text, lineStart, i, sentences);
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    /** Convenience: the sentence strings themselves. */
    public List<String> sentences(String text) {
        return split(text).stream().map(s -> s.of(text)).toList();
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        int start = from;
        int quoteCloses = -1; // index of the closing quote of the quotation we are in, or -1
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (i > quoteCloses && isOpeningQuote(text, i, from)) {
                int close = findClose(text, i, to);
                quoteCloses = close;
                continue;
            }
            boolean closesQuotedSentence = i == quoteCloses && i > from && isTerminator(text.charAt(i - 1));
            if (!closesQuotedSentence && (i < quoteCloses || !isTerminator(c))) {
                continue;
            }
            int dot = closesQuotedSentence ? i - 1 : i;
            int end = i + 1;
            while (end < to && isTerminator(text.charAt(end))) {
                end++;
            }
            while (end < to && isCloser(text.charAt(end))) {
                end++;
            }
            end = afterReferenceMarks(text, end, to);
            if (end > quoteCloses && endsSentence(text, start, dot, end, to)) {
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, to, out);
    }

    /**
     * Past reference marks right after a stop ("… tahun 160.[1][2] Merupakan …", as in encyclopaedia
     * text): they belong to the sentence they follow, and the sentence may end after them.
     */
    private static int afterReferenceMarks(String text, int end, int to) {
        while (end < to && text.charAt(end) == '[') {
            int close = text.indexOf(']', end);
            if (close < 0 || close >= to || !REFERENCE_MARK.matcher(text.substring(end + 1, close)).matches()) {
                return end;
            }
            end = close + 1;
        }
        return end;
    }

    private boolean endsSentence(String text, int start, int dot, int end, int to) {
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == to) {
            return true;
        }
        if (next == end) {
            return false; // "5.000", "a.n.", "Kompas.com" — no space after the stop
        }
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || isQuoteChar(following))) {
            return false;
        }
        return text.charAt(dot) != '.' || !isAbbreviationOrListNumber(text, start, dot);
    }

    private boolean isAbbreviationOrListNumber(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return wordStart == sentenceStart && word.length() <= 3; // "1. Kerja sama ..." heading
        }
        String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
        if (bare.length() == 1 && Character.isLetter(bare.charAt(0))) {
            return Character.isUpperCase(word.charAt(word.length() - 1)); // initial: "J. Smith"
        }
        return ABBREVIATIONS.contains(bare) || word.indexOf('.') > 0 && bare.length() <= 4;
    }

    private static int findClose(String text, int open, int to) {
        char o = text.charAt(open);
        char want = switch (o) {
            case '“' -> '”';
            case '‘' -> '’';
            case '«' -> '»';
            default -> o;
        };
        int limit = Math.min(to, open + MAX_QUOTE);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == want && (want != '’' || j + 1 >= to || !Character.isLetter(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1; // unbalanced: ignore this quotation
    }

    private static boolean isOpeningQuote(String text, int i, int lineStart) {
        char c = text.charAt(i);
        if (c == '“' || c == '«') {
            return true;
        }
        if (c == '"' || c == '‘') {
            return i == lineStart || !Character.isLetterOrDigit(text.charAt(i - 1));
        }
        return false;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isQuoteChar(char c) {
        return c == '“' || c == '"' || c == '‘' || c == '\'' || c == '«' || c == '(';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
