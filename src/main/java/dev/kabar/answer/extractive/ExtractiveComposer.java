package dev.kabar.answer.extractive;

import dev.kabar.answer.Answer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.decline.DeclineEvidence;
import dev.kabar.answer.decline.DeclineJudge;
import dev.kabar.answer.decline.DeclineModel;
import dev.kabar.answer.decline.Declines;
import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers with the best one or two sentences of the retrieved passages (widened by their
 * passage's neighbouring sentences while the answer stays short), each followed by its citations,
 * and declines when the passages do not hold the answer. It never writes a word of its
 * own beyond the framing, so every claim is a cited quotation.
 *
 * <p>Declining checks the evidence, not the retrieval score: a question naming something (an entity
 * or number, alias- and stem-aware) that no sentence read contains is declined
 * ({@code missing:India}), as is one whose names are spread over unrelated passages
 * ({@code unsupported:1961}). The soft cases are weighed by a small trained {@link DeclineModel} over
 * generic evidence checks ({@link DeclineEvidence}: how much of the question the sentences and their
 * passage hold, names in the best sentence, a contradicted number, …) and declined as
 * {@code weak-evidence}; optional hard coverage floors decline as {@code low-coverage}.
 * Near-duplicate sentences from several outlets are written once and cited together.
 */
public final class ExtractiveComposer implements AnswerComposer {

    private static final String ENGLISH_FRAME = "According to the articles (in Indonesian): ";

    private final QuestionAnalyzer analyzer;
    private final ExtractiveSettings settings;
    private final PassageSentences sentences = new PassageSentences();
    private final DeclineJudge declines;
    private final Consumer<SentenceChooser.Observation> observations;
    private final SentenceChooser chooser;

    public ExtractiveComposer(AliasTable aliases, ExtractiveSettings settings) {
        this(aliases, settings, DeclineModel.bundled());
    }

    /** @param declines weighs the evidence of every would-be answer (the training tool records it) */
    public ExtractiveComposer(AliasTable aliases, ExtractiveSettings settings, DeclineJudge declines) {
        this(aliases, settings, declines, SentenceChooser.UNOBSERVED);
    }

    /**
     * @param declines weighs the evidence of every would-be answer
     * @param observations sees the sentences each question's answer is chosen from (the training tools record them)
     */
    ExtractiveComposer(AliasTable aliases, ExtractiveSettings settings, DeclineJudge declines,
            Consumer<SentenceChooser.Observation> observations) {
        this.analyzer = new QuestionAnalyzer(Objects.requireNonNull(aliases, "aliases"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.declines = Objects.requireNonNull(declines, "declines");
        this.observations = Objects.requireNonNull(observations, "observations");
        this.chooser = settings.learnedChooser() ? SentenceChooser.bundled() : SentenceChooser.handWeighted();
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
        Optional<KeyTerm> unknown = untranslated(q);
        if (unknown.isPresent()) {
            return Declines.untranslated(language, unknown.get());
        }
        List<Candidate> candidates = Candidate.of(hits, settings.passagesConsidered(), sentences);
        Optional<KeyTerm> missing = firstNotIn(q, candidates);
        if (missing.isPresent()) {
            return Declines.missing(language, missing.get());
        }
        SentenceScorer scorer = new SentenceScorer(q, candidates, settings.weights());
        SentenceFeatures features = new SentenceFeatures(q, scorer, candidates, settings.maxAnswerChars());
        // the decline checks judge the hand-weighted choice (the decline model was fitted on it)
        SentenceChooser hand = SentenceChooser.handWeighted();
        List<Scored> ranked = hand.rank(features, settings.minSentenceChars(), observations);
        if (ranked.isEmpty()) {
            return Declines.of(language, Declines.LOW_COVERAGE);
        }
        List<Scored> chosen = new SentenceSelector(settings, features).choose(ranked, candidates);
        Optional<KeyTerm> unsupported = q.requiredTerms().stream()
                .filter(t -> chosen.stream().noneMatch(s -> s.strengths().containsKey(t)))
                .findFirst();
        if (unsupported.isPresent()) {
            return Declines.unsupported(language, unsupported.get());
        }
        if (EvidenceChecks.negates(question)
                && chosen.stream().noneMatch(s -> EvidenceChecks.negates(s.candidate().text()))) {
            return Declines.of(language, Declines.NEGATION); // "yang tidak mempelajari" vs "yang mempelajari"
        }
        // coverage is judged on the evidence a reader opens: the cited passage, not only the quoted sentence
        List<Scored> evidence = new ArrayList<>(chosen);
        Hit cited = chosen.getFirst().candidate().hit();
        for (int i = 0; i < features.all().size(); i++) { // already scored: the features hold every sentence read
            if (features.all().get(i).hit().equals(cited)) {
                evidence.add(features.scored(i));
            }
        }
        // the floors are off by default (0): the model weighs the same coverage among its checks
        if (below(settings.minCoverage(), () -> scorer.coverage(evidence))
                || below(settings.minContentCoverage(), () -> scorer.contentCoverage(evidence))) {
            return Declines.of(language, Declines.LOW_COVERAGE);
        }
        if (declines.declines(EvidenceFeatures.of(q, scorer, chosen, evidence, candidates, hits))) {
            return Declines.of(language, Declines.WEAK_EVIDENCE);
        }
        return write(q, quoted(q, features, chosen), candidates);
    }

    private static double strength(List<Scored> chosen, KeyTerm t) {
        return chosen.stream().mapToDouble(s -> s.strengths().getOrDefault(t, 0.0)).max().orElse(0);
    }

    /**
     * The sentences to quote: the learned chooser's when it is on and they hold every name and number
     * of the question as fully as the judged evidence does ("Korea" is not "Korea Selatan"), else the
     * judged ones.
     */
    private List<Scored> quoted(QuestionProfile q, SentenceFeatures features, List<Scored> judged) {
        if (!chooser.learned()) {
            return judged;
        }
        List<Scored> learned = new SentenceSelector(settings, features)
                .choose(chooser.rank(features, settings.minSentenceChars()), features.all());
        boolean holdsNames = q.requiredTerms().stream().allMatch(t -> strength(learned, t) >= strength(judged, t));
        boolean keepsNegation = !EvidenceChecks.negates(q.question())
                || learned.stream().anyMatch(s -> EvidenceChecks.negates(s.candidate().text()));
        return holdsNames && keepsNegation ? learned : judged;
    }

    @Override
    public String name() {
        return "extractive";
    }

    /**
     * An English question whose only content words are ones kabar cannot look for in Indonesian
     * ("What is the weather in Jakarta?") cannot be checked, so it is declined rather than answered
     * by whatever mentions Jakarta.
     */
    private static Optional<KeyTerm> untranslated(QuestionProfile q) {
        boolean checkable = q.language() != Language.EN
                || q.terms().stream().anyMatch(t -> t.kind() == KeyTerm.Kind.CONTENT);
        return checkable ? Optional.empty()
                : q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.SOFT).findFirst();
    }

    /** Whether a floor is set and the measure falls short of it (the measure only computed then). */
    private static boolean below(double floor, java.util.function.DoubleSupplier measure) {
        return floor > 0 && measure.getAsDouble() < floor;
    }

    private static Optional<KeyTerm> firstNotIn(QuestionProfile q, List<Candidate> candidates) {
        return q.requiredTerms().stream()
                .filter(t -> candidates.stream().noneMatch(c -> t.matchIn(c.stems()).found()))
                .findFirst();
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
        // the selector may stretch an answer whose best sentence needs its antecedent ("Hal ini …")
        boolean withAntecedent = chosen.size() > 1 && chosen.getFirst().candidate().refersBack();
        int limit = withAntecedent ? settings.maxAnswerChars() * 2 : settings.maxAnswerChars();
        AnswerWriter writer = new AnswerWriter(frame, limit, settings.mergeSimilarity());
        String shortAnswer = AnswerTypeCues.shortAnswer(q, chosen.getFirst().candidate());
        return writer.write(ordered, candidates, shortAnswer);
    }
}
