package dev.kabar.brief;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How central a sentence is to the briefing: retrieval score, topic words, facts it carries.
 * Remembers its answers, so one instance serves one briefing (one thread).
 */
final class Salience {

    private final Set<String> topicTerms;
    private final double maxScore;
    private final Map<SourceSentence, Double> memo = new IdentityHashMap<>();

    Salience(List<SourceSentence> sentences, Set<String> topicTerms) {
        this.topicTerms = Set.copyOf(topicTerms);
        this.maxScore = sentences.stream().mapToDouble(SourceSentence::score).max().orElse(1);
    }

    double of(SourceSentence s) {
        return memo.computeIfAbsent(s, this::compute);
    }

    private double compute(SourceSentence s) {
        double retrieval = maxScore > 0 ? s.score() / maxScore : 0;
        double topic = topicTerms.isEmpty() ? 0
                : (double) topicTerms.stream().filter(s.terms()::contains).count() / topicTerms.size();
        long names = s.tokens().stream().skip(1).filter(t -> t.capitalized()).count();
        double facts = Math.min(names, 6) / 12.0;
        double lead = s.order() < 3 ? 0.3 : 0; // news puts the main fact first
        return retrieval + topic + facts + lead;
    }

    /** True when the sentence shares a word with the topic (always, for the whole collection). */
    boolean onTopic(SourceSentence s) {
        return topicTerms.isEmpty() || topicTerms.stream().anyMatch(s.terms()::contains);
    }
}
