package dev.kabar.answer;

import dev.kabar.answer.SentenceScorer.Scored;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the evidence: the best sentence, then at most {@code maxSentences - 1} more, each only when
 * it adds coverage and the answer stays short. When the best sentence lacks the kind of answer
 * asked for and the next sentence of its passage has it ("… tidak menyediakan senjata. Alasannya
 * adalah …"), that next sentence comes first.
 */
final class SentenceSelector {

    /** Room left for framing and citation markers. */
    private static final int OVERHEAD = 60;

    private final ExtractiveSettings settings;
    private final SentenceScorer scorer;
    private final QuestionProfile question;

    SentenceSelector(ExtractiveSettings settings, SentenceScorer scorer, QuestionProfile question) {
        this.settings = settings;
        this.scorer = scorer;
        this.question = question;
    }

    /** @param ranked scored candidates, best first, non-empty */
    List<Scored> choose(List<Scored> ranked, List<Candidate> all) {
        List<Scored> chosen = new ArrayList<>(List.of(ranked.getFirst()));
        Candidate first = ranked.getFirst().candidate();
        int previous = all.indexOf(first) - 1;
        if (settings.maxSentences() > 1 && first.refersBack() && previous >= 0) {
            Candidate antecedent = all.get(previous);
            // an answer that cannot be understood without its antecedent may run to twice the limit
            if (antecedent.hit().equals(first.hit()) && fits(chosen, antecedent, settings.maxAnswerChars() * 2)) {
                chosen.add(scorer.score(antecedent));
                return chosen;
            }
        }
        int next = all.indexOf(first) + 1;
        if (settings.maxSentences() > 1 && !AnswerTypeCues.present(question, first) && next < all.size()) {
            Candidate follower = all.get(next);
            if (follower.hit().equals(first.hit()) && AnswerTypeCues.present(question, follower)
                    && follower.standsAlone(settings.minSentenceChars()) && fits(chosen, follower)) {
                chosen.add(scorer.score(follower));
            }
        }
        for (Scored s : ranked.subList(1, ranked.size())) {
            if (chosen.size() >= settings.maxSentences()) {
                break;
            }
            if (adds(chosen, s)) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    private boolean adds(List<Scored> chosen, Scored s) {
        boolean repeats = chosen.stream()
                .anyMatch(c -> c.candidate().overlap(s.candidate()) >= settings.mergeSimilarity());
        List<Scored> with = new ArrayList<>(chosen);
        with.add(s);
        double gain = scorer.coverage(with) - scorer.coverage(chosen);
        return !repeats && fits(chosen, s.candidate()) && gain >= settings.minSecondGain() && joinsSafely(chosen, s);
    }

    private boolean fits(List<Scored> chosen, Candidate c) {
        return fits(chosen, c, settings.maxAnswerChars());
    }

    private static boolean fits(List<Scored> chosen, Candidate c, int limit) {
        int length = chosen.stream().mapToInt(s -> s.candidate().text().length() + 1).sum();
        return length + c.text().length() + OVERHEAD <= limit;
    }

    /**
     * A further sentence must come from the same article as the first: stitching sentences of
     * unrelated articles ("Hydatius …" + "… ia meninggal di Tiongkok") builds claims no article
     * makes. The same statement in other outlets is still cited, by merging, not by adding.
     */
    private static boolean joinsSafely(List<Scored> chosen, Scored next) {
        String article = chosen.getFirst().candidate().hit().article().id();
        return next.candidate().hit().article().id().equals(article);
    }
}
