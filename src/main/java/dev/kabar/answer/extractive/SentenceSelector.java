package dev.kabar.answer.extractive;

import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionProfile;
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
    private final SentenceFeatures features;
    private final SentenceScorer scorer;
    private final QuestionProfile question;

    SentenceSelector(ExtractiveSettings settings, SentenceFeatures features) {
        this.settings = settings;
        this.features = features;
        this.scorer = features.scorer();
        this.question = features.question();
    }

    /** @param ranked scored candidates, best first, non-empty */
    List<Scored> choose(List<Scored> ranked, List<Candidate> all) {
        List<Scored> chosen = new ArrayList<>(List.of(ranked.getFirst()));
        Candidate first = ranked.getFirst().candidate();
        int previous = all.indexOf(first) - 1;
        if (settings.maxSentences() > 1 && first.refersBack() && previous >= 0) {
            Candidate antecedent = all.get(previous);
            // an answer that cannot be understood without its antecedent may run to twice the limit
            if (antecedent.hit().equals(first.hit()) && antecedent.standsAlone(settings.minSentenceChars())
                    && fits(chosen, antecedent, settings.maxAnswerChars() * 2)) {
                chosen.add(scored(antecedent));
                return chosen;
            }
        }
        int next = all.indexOf(first) + 1;
        if (settings.maxSentences() > 1 && !AnswerTypeCues.present(question, first) && next < all.size()) {
            Candidate follower = all.get(next);
            if (follower.hit().equals(first.hit()) && AnswerTypeCues.present(question, follower)
                    && follower.standsAlone(settings.minSentenceChars()) && fits(chosen, follower)) {
                chosen.add(scored(follower));
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
        extend(chosen, all, settings.contextSentences());
        return chosen;
    }

    /**
     * Adds up to {@code extra} neighbouring sentences of the best sentence's passage, the one
     * before first, while the answer fits: the sentence that matches the question best often
     * names the subject while its neighbour holds the answer ("Ia lahir di …"). Only an answer
     * drawn from one passage is widened.
     */
    private void extend(List<Scored> chosen, List<Candidate> all, int extra) {
        Candidate first = chosen.getFirst().candidate();
        if (extra == 0 || chosen.stream().anyMatch(s -> !s.candidate().hit().equals(first.hit()))) {
            return;
        }
        for (int added = 0; added < extra; added++) {
            int lo = chosen.stream().mapToInt(s -> all.indexOf(s.candidate())).min().orElseThrow();
            int hi = chosen.stream().mapToInt(s -> all.indexOf(s.candidate())).max().orElseThrow();
            Candidate next = hi + 1 < all.size() ? neighbour(all.get(hi + 1), first) : null;
            Candidate prev = lo > 0 ? neighbour(all.get(lo - 1), first) : null;
            Candidate pick = pick(chosen, prev, next);
            if (pick == null || !fits(chosen, pick)) {
                return;
            }
            chosen.add(scored(pick));
        }
    }

    /**
     * The sentence before, unless only the one after holds the kind of answer asked for: "Ia lahir
     * di Sheffield" after the sentence naming him beats the one before it.
     */
    private Candidate pick(List<Scored> chosen, Candidate prev, Candidate next) {
        boolean prevFits = prev != null && fits(chosen, prev);
        if (next != null && fits(chosen, next) && AnswerTypeCues.present(question, next)
                && (!prevFits || !AnswerTypeCues.present(question, prev))) {
            return next;
        }
        return prevFits ? prev : next;
    }

    /** {@code c} when it is a sentence of {@code first}'s passage fit to quote (not a heading or caption). */
    private Candidate neighbour(Candidate c, Candidate first) {
        return c.hit().equals(first.hit()) && c.standsAlone(settings.minSentenceChars()) ? c : null;
    }

    private Scored scored(Candidate c) {
        return features.scored(features.indexOf(c));
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
     * A further sentence must come from the same article as the first, or else stand on its own:
     * name one of the question's entities itself, not open by pointing back, and bring in no name
     * or number the first sentence lacks. Stitching "Hydatius …" to another article's "… ia
     * meninggal di Negara B", or Menteri Budi to someone else's tariffs, builds a claim no article makes;
     * "Negara A memprotes perjanjian itu [1]. Negara B juga memprotes perjanjian itu [2]" does not.
     */
    private static boolean joinsSafely(List<Scored> chosen, Scored next) {
        String article = chosen.getFirst().candidate().hit().article().id();
        if (next.candidate().hit().article().id().equals(article)) {
            return true;
        }
        boolean namesEntity = next.strengths().entrySet().stream()
                .anyMatch(e -> e.getKey().kind() == KeyTerm.Kind.ENTITY && e.getValue() >= 1.0);
        boolean addsRequired = next.strengths().keySet().stream()
                .anyMatch(t -> t.required() && chosen.stream().noneMatch(c -> c.strengths().containsKey(t)));
        return namesEntity && !addsRequired && !next.candidate().refersBack();
    }
}
