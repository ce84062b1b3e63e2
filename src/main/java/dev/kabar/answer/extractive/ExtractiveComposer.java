package dev.kabar.answer.extractive;

import dev.kabar.answer.Answer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.decline.DeclineJudge;
import dev.kabar.answer.decline.DeclineModel;
import dev.kabar.answer.decline.DeclineRule;
import dev.kabar.answer.decline.DeclineRules;
import dev.kabar.answer.decline.Declines;
import dev.kabar.answer.decline.Negation;
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
 * <p>Before it writes, the {@link DeclineRules} look at the would-be answer in order (a name of the
 * question no sentence holds, a negation the evidence lacks, …, and last the trained
 * {@link DeclineModel}) and the first that finds it wanting declines with its {@link DeclineReason}.
 * Near-duplicate sentences from several outlets are written once and cited together.
 */
public final class ExtractiveComposer implements AnswerComposer {

    private static final String ENGLISH_FRAME = "According to the articles (in Indonesian): ";

    private final ExtractiveSettings settings;
    private final ExtractiveAttempt.Reading reading;
    private final List<DeclineRule> rules;
    private final SentenceChooser chooser;

    /**
     * The learned models the composer weighs with, loaded by the composition root.
     *
     * @param declines weighs the evidence of every would-be answer ({@link DeclineModel#bundled()}; the
     *     decline trainer passes one that records the evidence)
     * @param chooser orders the sentences when {@link ExtractiveSettings#learnedChooser()} is on
     *     ({@link SentenceChooser#bundled()})
     */
    public record Models(DeclineJudge declines, SentenceChooser chooser) {
        public Models {
            Objects.requireNonNull(declines, "declines");
            Objects.requireNonNull(chooser, "chooser");
        }
    }

    public ExtractiveComposer(AliasTable aliases, ExtractiveSettings settings, Models models) {
        this(aliases, settings, models, SentenceChooser.UNOBSERVED);
    }

    /** @param observations sees the sentences each question's answer is chosen from (the sentence trainer records them) */
    ExtractiveComposer(AliasTable aliases, ExtractiveSettings settings, Models models,
            Consumer<SentenceChooser.Observation> observations) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reading = new ExtractiveAttempt.Reading(new QuestionAnalyzer(Objects.requireNonNull(aliases, "aliases")),
                settings, new PassageSentences(), Objects.requireNonNull(observations, "observations"));
        this.rules = DeclineRules.standard(models.declines(), settings.minCoverage(), settings.minContentCoverage());
        this.chooser = settings.learnedChooser() ? models.chooser() : SentenceChooser.handWeighted();
    }

    @Override
    public Answer compose(String question, Language language, List<Hit> hits) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        ExtractiveAttempt attempt = new ExtractiveAttempt(reading, question, language, hits);
        Optional<DeclineReason> decline = DeclineRules.firstReason(rules, attempt);
        if (decline.isPresent()) {
            return Declines.of(language, decline.get());
        }
        QuestionProfile q = attempt.question();
        return write(q, quoted(q, attempt.features(), attempt.chosen()), attempt.candidates());
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
        boolean keepsNegation = !Negation.in(q.question())
                || learned.stream().anyMatch(s -> Negation.in(s.candidate().text()));
        return holdsNames && keepsNegation ? learned : judged;
    }

    @Override
    public String name() {
        return "extractive";
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
