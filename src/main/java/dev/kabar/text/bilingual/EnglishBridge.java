package dev.kabar.text.bilingual;

import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the words and phrases of an English question into weighted Indonesian alternatives
 * ({@code foreign ministry} → {@code kementerian luar negeri}, {@code Dutch} → {@code Belanda},
 * {@code floors} → {@code lantai}). Looked up in order: the bundled general tables (news
 * vocabulary; countries and demonyms, which are names), then the English–Indonesian dictionary
 * when one was found. A capitalised word inside the question is looked up in the tables only: the
 * dictionary would read {@code Moon} or {@code Rose} as words, not names.
 */
public final class EnglishBridge {

    /** A table alternative: hand-checked general vocabulary, as good as the question's own word. */
    static final float TABLE_WEIGHT = 1.0f;
    /**
     * A dictionary alternative weighs less than a word the question holds: the dictionary lists
     * senses a news text rarely means ({@code security} → {@code jaminan}). Chosen on the English
     * dev set (docs/evaluation.md).
     */
    static final float DICTIONARY_WEIGHT = 0.7f;
    static final int MAX_PHRASE = 4;
    static final int MAX_ALTERNATIVES = 6;

    /** One Indonesian way to say it, as folded tokens, and how much a passage holding it counts. */
    public record Alternative(List<String> tokens, float weight) {
        public Alternative {
            tokens = List.copyOf(tokens);
        }
    }

    /** The English tokens {@code [firstToken, endToken)} and their Indonesian alternatives; {@code name}: a country or people. */
    public record Translation(int firstToken, int endToken, List<Alternative> alternatives, boolean name) {
        public Translation {
            alternatives = List.copyOf(alternatives);
        }
    }

    private record Entry(List<Alternative> alternatives, boolean name) {}

    private final Map<String, Entry> tables;
    private final Optional<Dictd> dictionary;
    private final EnglishForms forms;

    private EnglishBridge(Optional<Dictd> dictionary) {
        this.tables = new HashMap<>();
        table("countries.tsv", true);
        table("regions.tsv", true);
        table("en-id-news.tsv", false);
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        Map<String, String> irregular = new HashMap<>();
        BundledTable.rows("irregular-verbs.tsv").forEach(r -> irregular.put(r[0].strip(), r[1].strip()));
        this.forms = new EnglishForms(irregular);
    }

    /** The bundled tables alone: what kabar knows when no dictionary is installed. */
    public static EnglishBridge tablesOnly() {
        return new EnglishBridge(Optional.empty());
    }

    /** The bundled tables and the dictd dictionary named by {@code base} (see {@link Dictd#exists}). */
    public static EnglishBridge withDictionary(Path base) {
        return new EnglishBridge(Optional.of(Dictd.read(base)));
    }

    public boolean hasDictionary() {
        return dictionary.isPresent();
    }

    /** Non-overlapping translations of {@code tokens}, left to right, the longest phrase first. */
    public List<Translation> find(List<Token> tokens) {
        List<Translation> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Translation t = longestAt(tokens, i);
            if (t == null) {
                i++;
            } else {
                out.add(t);
                i = t.endToken();
            }
        }
        return out;
    }

    private Translation longestAt(List<Token> tokens, int at) {
        for (int len = Math.min(MAX_PHRASE, tokens.size() - at); len >= 1; len--) {
            List<Token> span = tokens.subList(at, at + len);
            if (skipped(span.getFirst()) || skipped(span.getLast())) {
                continue;
            }
            boolean named = span.stream().anyMatch(Token::capitalized) && at > 0;
            Entry e = lookup(span, !named);
            if (e != null) {
                return new Translation(at, at + len, e.alternatives(), e.name());
            }
        }
        return null;
    }

    private static boolean skipped(Token t) {
        return StopWords.contains(t.folded()) || t.folded().length() < 2 || Terms.isNumber(t.folded());
    }

    /** The phrase as written, then with its last word in each base form. */
    private Entry lookup(List<Token> span, boolean useDictionary) {
        String head = String.join(" ", span.subList(0, span.size() - 1).stream().map(Token::folded).toList());
        for (String last : forms.candidates(span.getLast().folded())) {
            String key = head.isEmpty() ? last : head + " " + last;
            Entry e = tables.get(key);
            if (e == null && useDictionary && dictionary.isPresent()) {
                e = fromDictionary(key);
            }
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private Entry fromDictionary(String key) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String entry : dictionary.orElseThrow().entries(key)) {
            for (String t : EntryText.translations(entry)) {
                List<String> tokens = Terms.tokens(t);
                if (!tokens.isEmpty() && alternatives.size() < MAX_ALTERNATIVES
                        && alternatives.stream().noneMatch(a -> a.tokens().equals(tokens))) {
                    alternatives.add(new Alternative(tokens, DICTIONARY_WEIGHT));
                }
            }
        }
        return alternatives.isEmpty() ? null : new Entry(alternatives, false);
    }

    private void table(String name, boolean names) {
        for (String[] row : BundledTable.rows(name)) {
            List<Alternative> alternatives = new ArrayList<>();
            for (String id : row[1].split("\\|")) {
                List<String> tokens = Terms.tokens(id);
                if (!tokens.isEmpty()) {
                    alternatives.add(new Alternative(tokens, TABLE_WEIGHT));
                }
            }
            for (String en : row[0].split("\\|")) {
                tables.putIfAbsent(String.join(" ", Terms.tokens(en)), new Entry(alternatives, names));
            }
        }
    }
}
