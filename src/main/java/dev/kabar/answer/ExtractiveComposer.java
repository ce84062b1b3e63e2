package dev.kabar.answer;

import dev.kabar.answer.SentenceScorer.Scored;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers with the best one or two sentences of the retrieved passages, each followed by its
 * citations, and declines when the passages do not hold the answer. It never writes a word of its
 * own beyond the framing, so every claim is a cited quotation.
 *
 * <p>Declining checks the evidence, not the retrieval score: a question naming something (an entity
 * or number, alias- and stem-aware) that no sentence read contains is declined
 * ({@code missing:India}), as is one whose names are spread over unrelated passages
 * ({@code unsupported:1961}) or whose chosen sentences hold too little of its key terms
 * ({@code low-coverage}). Near-duplicate sentences from several outlets are written once and cited
 * together.
 */
public final class ExtractiveComposer implements AnswerComposer {

    private static final String ENGLISH_FRAME = "According to the articles (in Indonesian): ";

    private final QuestionAnalyzer analyzer;
    private final ExtractiveSettings settings;

    public ExtractiveComposer(AliasTable aliases, ExtractiveSettings settings) {
        this.analyzer = new QuestionAnalyzer(Objects.requireNonNull(aliases, "aliases"));
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Answer compose(String question, Language language, List<Hit> hits) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        if (hits.isEmpty()) {
            return Declines.of(language, Declines.NO_PASSAGES);
        }
        QuestionProfile q = analyzer.analyze(question, language);
        if (q.terms().isEmpty()) {
            return Declines.of(language, Declines.NO_KEY_TERMS);
        }
        List<Candidate> candidates = Candidate.of(hits, settings.passagesConsidered());
        Optional<KeyTerm> missing = firstNotIn(q, candidates);
        if (missing.isPresent()) {
            return Declines.missing(language, missing.get());
        }
        SentenceScorer scorer = new SentenceScorer(q, candidates, settings.weights());
        List<Scored> ranked = candidates.stream()
                .filter(c -> c.standsAlone(settings.minSentenceChars()))
                .map(scorer::score)
                .filter(s -> !s.strengths().isEmpty())
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .toList();
        if (ranked.isEmpty()) {
            return Declines.of(language, Declines.LOW_COVERAGE);
        }
        List<Scored> chosen = choose(ranked, scorer);
        Optional<KeyTerm> unsupported = q.requiredTerms().stream()
                .filter(t -> chosen.stream().noneMatch(s -> s.strengths().containsKey(t)))
                .findFirst();
        if (unsupported.isPresent()) {
            return Declines.unsupported(language, unsupported.get());
        }
        if (scorer.coverage(chosen) < settings.minCoverage()) {
            return Declines.of(language, Declines.LOW_COVERAGE);
        }
        return write(q, chosen, candidates);
    }

    @Override
    public String name() {
        return "extractive";
    }

    private static Optional<KeyTerm> firstNotIn(QuestionProfile q, List<Candidate> candidates) {
        return q.requiredTerms().stream()
                .filter(t -> candidates.stream().noneMatch(c -> t.matchIn(c.stems()).found()))
                .findFirst();
    }

    /**
     * The best sentence, then more only while each adds enough coverage and the answer stays short.
     * A sentence that brings in a name or number must come from the same passage as the first, so
     * that names merely mentioned somewhere are not stitched into an answer.
     */
    private List<Scored> choose(List<Scored> ranked, SentenceScorer scorer) {
        List<Scored> chosen = new ArrayList<>(List.of(ranked.getFirst()));
        int length = ranked.getFirst().candidate().text().length();
        for (Scored s : ranked.subList(1, ranked.size())) {
            if (chosen.size() >= settings.maxSentences()) {
                break;
            }
            boolean repeats = chosen.stream().anyMatch(c -> c.candidate().overlap(s.candidate()) >= settings.mergeSimilarity());
            boolean fits = length + s.candidate().text().length() + 12 <= settings.maxAnswerChars() - ENGLISH_FRAME.length();
            List<Scored> with = new ArrayList<>(chosen);
            with.add(s);
            double gain = scorer.coverage(with) - scorer.coverage(chosen);
            if (!repeats && fits && gain >= settings.minSecondGain() && joinsSafely(chosen, s)) {
                chosen.add(s);
                length += s.candidate().text().length();
            }
        }
        return chosen;
    }

    private static boolean joinsSafely(List<Scored> chosen, Scored next) {
        String passage = chosen.getFirst().candidate().hit().passage().id();
        boolean samePassage = next.candidate().hit().passage().id().equals(passage);
        boolean addsRequired = next.strengths().keySet().stream()
                .anyMatch(t -> t.required() && chosen.stream().noneMatch(c -> c.strengths().containsKey(t)));
        return samePassage || !addsRequired;
    }

    private Answer write(QuestionProfile q, List<Scored> chosen, List<Candidate> candidates) {
        List<Candidate> byScore = chosen.stream().map(Scored::candidate).toList();
        String first = byScore.getFirst().hit().passage().id();
        boolean onePassage = byScore.stream().allMatch(c -> c.hit().passage().id().equals(first));
        // sentences of one passage read best in their own order; otherwise the best comes first
        List<Candidate> ordered = onePassage
                ? byScore.stream().sorted(Comparator.comparingInt(candidates::indexOf)).toList()
                : byScore;
        String frame = q.language() == Language.EN ? ENGLISH_FRAME : "";
        AnswerWriter writer = new AnswerWriter(frame, settings.maxAnswerChars(), settings.mergeSimilarity());
        String shortAnswer = AnswerTypeCues.shortAnswer(q, chosen.getFirst().candidate());
        return writer.write(ordered, candidates, shortAnswer);
    }
}
