package dev.kabar.brief;

import dev.kabar.text.SayingVerbs;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves a short name to the full name an article introduced it with: after "Wakil Menteri Luar
 * Negeri Negara A, Lee Min Ho, ..." the article's "Menurut Lee" means Lee Min Ho, and after
 * "Bupati Contoh Budi Santoso" its "kata Budi" means Budi Santoso. A short name matches
 * a full name's first word (East Asian names put the family name first) or its last word;
 * when several full names match, the one the article introduced first wins, as news style
 * introduces its main actor first. The briefing's own sentences are read first; the stored article
 * only when they leave the name unresolved and skipped passages before it (so in a topic briefing a
 * later introduction the briefing holds can win over an earlier one it skipped). One instance serves
 * one briefing.
 */
final class FullNames {

    /** Characters either side of a short name's mention read to find the full name around it. */
    private static final int WINDOW = 60;
    /** Capitalised at a sentence's start, but attribution words, not names ("Menurut Budi, ..."). */
    private static final Set<String> NOT_NAMES = Stream.concat(SayingVerbs.all().stream(),
            Stream.of("dilansir", "seperti", "sementara", "namun", "according")).collect(Collectors.toUnmodifiableSet());
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;

    private final Function<String, String> articleText;
    private final Parties parties;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, StringBuilder> read = new HashMap<>();
    private final Map<SourceSentence, Integer> readAt = new IdentityHashMap<>();
    private final Map<String, Set<Integer>> passagesRead = new HashMap<>();

    /**
     * @param sentences the briefing's sentences in article order, looked at first
     * @param articleText an article's whole text by id, read only when they do not resolve a name
     */
    FullNames(List<SourceSentence> sentences, Function<String, String> articleText, Parties parties) {
        this.articleText = articleText;
        this.parties = parties;
        for (SourceSentence s : sentences) {
            StringBuilder b = read.computeIfAbsent(s.articleId(), k -> new StringBuilder());
            readAt.put(s, b.length());
            passagesRead.computeIfAbsent(s.articleId(), k -> new HashSet<>()).add(s.passage().ordinal());
            b.append(s.text()).append('\n');
        }
    }

    /**
     * A speaker's full name and the title the article gave with it ("Wakil Menteri Luar Negeri Negara
     * A" before "Lee Min Ho"); the role is empty when the article gave none right before it.
     */
    record Named(String name, String role) {}

    /** The full name {@code speaker} stands for in {@code source}'s article, or {@code speaker} itself. */
    Named resolve(String speaker, SourceSentence source) {
        List<Token> tokens = Terms.scan(speaker);
        Named self = new Named(speaker, "");
        if (tokens.size() != 1 || !tokens.getFirst().capitalized() || tokens.getFirst().allCaps()) {
            return self;
        }
        StringBuilder briefed = read.get(source.articleId());
        Integer briefedAt = readAt.get(source);
        Named full = briefed == null || briefedAt == null ? null : first(briefed.toString(), speaker, briefedAt);
        if (full != null || !skippedBefore(source)) {
            return full == null ? self : full; // the briefing read all the article said before
        }
        String text = texts.computeIfAbsent(source.articleId(), articleText);
        int at = text.indexOf(source.text(), Math.max(0, source.passage().start() - 1));
        full = first(text, speaker, at >= 0 ? at : source.passage().start());
        return full == null ? self : full;
    }

    /**
     * The person an article named with the title {@code role} before {@code source} ("Juru Bicara
     * Badan Contoh Budi Santoso" makes a later "kata Juru Bicara Badan Contoh" Budi's words), or empty.
     */
    Optional<Named> byRole(String role, SourceSentence source) {
        String text = texts.computeIfAbsent(source.articleId(), articleText);
        int at = text.indexOf(source.text(), Math.max(0, source.passage().start() - 1));
        int before = at >= 0 ? at + source.text().length() : text.length();
        Matcher m = Pattern.compile(Pattern.quote(role) + "\\s*,?\\s*(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})")
                .matcher(text);
        while (m.find() && m.start() < before) {
            List<String> words = new ArrayList<>();
            for (String w : m.group(1).split("\\s+")) {
                String f = Terms.fold(w);
                if (Speakers.titleWord(f) || StopWords.contains(f) || NOT_NAMES.contains(f) || w.equals(w.toUpperCase(Locale.ROOT))) {
                    break;
                }
                words.add(w);
            }
            if (!words.isEmpty()) {
                return Optional.of(new Named(String.join(" ", words), role));
            }
        }
        return Optional.empty();
    }

    /** True when the article writes {@code word} in lower case too: a common noun ("Pria", "Studio") opening a sentence. */
    boolean common(String word, SourceSentence source) {
        String text = texts.computeIfAbsent(source.articleId(), articleText);
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }

    /** True when the briefing lacks a passage of the article before {@code source}'s (reading it costs). */
    private boolean skippedBefore(SourceSentence source) {
        Set<Integer> seen = passagesRead.getOrDefault(source.articleId(), Set.of());
        int firstOrdinal = seen.stream().mapToInt(Integer::intValue).min().orElse(0);
        for (int o = Math.min(firstOrdinal, 1); o < source.passage().ordinal(); o++) {
            if (!seen.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /** The first full name around a mention of {@code word} before {@code before} in {@code text}, or null. */
    private Named first(String text, String word, int before) {
        for (int i = text.indexOf(word); i >= 0 && i < before; i = text.indexOf(word, i + 1)) {
            Named full = around(text, i, word.length());
            if (full != null) {
                return full;
            }
        }
        return null;
    }

    /** The run of two to four name words holding the mention at [at, at + length), or null. */
    private Named around(String text, int at, int length) {
        int from = Math.max(0, at - WINDOW);
        String window = text.substring(from, Math.min(text.length(), at + length + WINDOW));
        List<Token> tokens = Terms.scan(window);
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < at - from) {
            k++;
        }
        if (k == tokens.size() || tokens.get(k).start() != at - from || tokens.get(k).end() != at - from + length) {
            return null; // inside a longer word: "Budiman" is no mention of Budi
        }
        Set<Integer> partyTokens = new HashSet<>();
        parties.find(tokens).forEach(m -> {
            for (int i = m.first(); i < m.end(); i++) {
                partyTokens.add(i);
            }
        });
        int first = k;
        int end = k + 1;
        while (first > 0 && nameWord(tokens, first - 1, partyTokens) && adjacent(window, tokens, first - 1)) {
            first--;
        }
        while (end < tokens.size() && nameWord(tokens, end, partyTokens) && adjacent(window, tokens, end - 1)) {
            end++;
        }
        if (first != k && end != k + 1) {
            first = k; // "Bupati Kota Contoh Budi Santoso": the place of the title runs into the name; the name starts at Budi
        }
        boolean named = end - first >= MIN_WORDS && end - first <= MAX_WORDS;
        return named ? new Named(window.substring(tokens.get(first).start(), tokens.get(end - 1).end()),
                role(window, tokens, first)) : null;
    }

    /**
     * The title right before the name at token {@code name}: the capitalised words back from it (a
     * comma and a parenthesised short form like "(Jateng)" may sit between), when one of them is a
     * title word ("Bupati Contoh", "Wakil Menteri Luar Negeri Negara A"); else "".
     */
    private static String role(String window, List<Token> tokens, int name) {
        int first = name;
        boolean titled = false;
        while (first > 0 && tokens.get(first - 1).capitalized()
                && window.substring(tokens.get(first - 1).end(), tokens.get(first).start()).matches("[ ,()\u00a0]*")) {
            first--;
            titled |= Speakers.titleWord(tokens.get(first).folded());
        }
        while (first < name && leadIn(tokens.get(first).folded())) {
            first++; // "Menurut Menteri ...": a sentence's capitalised first word is no part of the title
        }
        if (!titled || first == name) {
            return "";
        }
        String role = window.substring(tokens.get(first).start(), tokens.get(name - 1).end());
        return role.replaceAll("\\s*\\([^)]*\\)?", "").replaceAll("[\\s,]+$", "").strip();
    }

    private static boolean leadIn(String folded) {
        return NOT_NAMES.contains(folded) || StopWords.contains(folded) && !Speakers.titleWord(folded);
    }

    private static boolean nameWord(List<Token> tokens, int i, Set<Integer> partyTokens) {
        Token t = tokens.get(i);
        return t.capitalized() && !t.allCaps() && !partyTokens.contains(i) && !Speakers.titleWord(t.folded())
                && !StopWords.contains(t.folded()) && !NOT_NAMES.contains(t.folded())
                && Character.isLetter(t.surface().charAt(0));
    }

    /** Tokens i and i + 1 are separated by spaces only ("Lee Min Ho", not "Lee, Min"). */
    private static boolean adjacent(String text, List<Token> tokens, int i) {
        return text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).matches("[ \u00a0-]+");
    }
}
