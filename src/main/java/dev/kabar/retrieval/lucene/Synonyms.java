package dev.kabar.retrieval.lucene;

import dev.kabar.retrieval.lucene.QuestionWords.Word;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import dev.kabar.text.thesaurus.Thesaurus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Thesaurus synonyms of an Indonesian question's words as stand-ins of the coverage stage, at a lower
 * weight than the word itself ({@code retrieval.synonym-weight}): a passage lacking
 * {@code meninggal} but holding {@code wafat} earns that weight's share of the word's part. Only
 * words written in lower case inside the question are widened — a thesaurus knows words, not
 * names — and at most {@value #MAX_PER_WORD} synonyms each, in the thesaurus's order.
 */
public final class Synonyms {

    static final int MAX_PER_WORD = 8;

    private final Thesaurus thesaurus;
    private final float weight;

    private Synonyms(Thesaurus thesaurus, float weight) {
        this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("synonym weight must be in [0, 1], was " + weight);
        }
        this.weight = weight;
    }

    /** No widening: what kabar does without a thesaurus or with weight 0. */
    public static Synonyms off() {
        return new Synonyms(Thesaurus.empty(), 0);
    }

    /** {@code thesaurus}'s synonyms, each counting {@code weight} (in [0, 1]) of the word it stands for. */
    public static Synonyms of(Thesaurus thesaurus, float weight) {
        return new Synonyms(thesaurus, weight);
    }

    /** Whether any word is widened: a thesaurus with entries and a weight above 0. */
    public boolean enabled() {
        return weight > 0 && thesaurus.size() > 0;
    }

    /**
     * The stand-ins of each widened word's stem, as the index stems them; words written with a
     * capital after the question's first word, and those without synonyms, are left out.
     */
    Map<String, List<Associations.StandIn>> standIns(String text, List<Word> words, Analyzer analyzer) {
        if (!enabled()) {
            return Map.of();
        }
        Set<String> names = names(text);
        Map<String, List<Associations.StandIn>> out = new LinkedHashMap<>();
        for (Word w : words) {
            if (names.contains(w.exact()) || out.containsKey(w.stem()) || !w.exact().chars().allMatch(Character::isLetter)) {
                continue;
            }
            List<Associations.StandIn> standIns = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(w.stem()));
            for (String synonym : thesaurus.of(w.exact())) {
                String stem = stem(synonym, analyzer);
                if (stem != null && seen.add(stem) && standIns.size() < MAX_PER_WORD) {
                    standIns.add(new Associations.StandIn(stem, weight));
                }
            }
            if (!standIns.isEmpty()) {
                out.put(w.stem(), standIns);
            }
        }
        return out;
    }

    private static Set<String> names(String text) {
        List<Token> tokens = Terms.scan(text);
        Set<String> names = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).capitalized() || tokens.get(i).allCaps()) {
                names.add(tokens.get(i).folded());
            }
        }
        return names;
    }

    /** The one stem of a one-word synonym, or null when the analyzer drops it (a stop word). */
    private static String stem(String word, Analyzer analyzer) {
        List<String> stems = new ArrayList<>(1);
        QuestionWords.analyze(analyzer, Fields.TEXT, word, (term, start) -> stems.add(term));
        return stems.size() == 1 ? stems.getFirst() : null;
    }
}
