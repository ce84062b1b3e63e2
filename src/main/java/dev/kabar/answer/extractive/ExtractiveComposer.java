package dev.kabar.answer.extractive;

import dev.kabar.answer.Answer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.decline.DeclineJudge;
import dev.kabar.answer.decline.DeclineModel;
import dev.kabar.answer.decline.DeclineRule;
import dev.kabar.answer.decline.DeclineRules;
import dev.kabar.answer.decline.Declines;
import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
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
 * <p>Every sentence read is scored once. The hand-weighted order picks the evidence the
 * {@link DeclineRules} judge (a name of the question no sentence holds, a negation the evidence
 * lacks, …, and last the trained {@link DeclineModel}); the first rule that finds it wanting declines
 * with its {@link DeclineReason}. Only where the learned {@link SentenceChooser} orders the sentences
 * (a paraphrased question) is there a second order, whose choice is quoted when it keeps the judged
 * evidence's names and negation (see {@link ExtractiveAttempt#quoted()}). Near-duplicate sentences
 * from several outlets are written once and cited together.
 */
public final class ExtractiveComposer implements AnswerComposer {

    private static final String ENGLISH_FRAME = "According to the articles (in Indonesian): ";

    private final ExtractiveSettings settings;
    private final ExtractiveAttempt.Reading reading;
    private final List<DeclineRule> rules;

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
        SentenceChooser chooser = settings.learnedChooser() ? models.chooser() : SentenceChooser.handWeighted();
        this.reading = new ExtractiveAttempt.Reading(new QuestionAnalyzer(Objects.requireNonNull(aliases, "aliases")),
                settings, new PassageSentences(), chooser, Objects.requireNonNull(observations, "observations"));
        this.rules = DeclineRules.standard(models.declines(), settings.minCoverage(), settings.minContentCoverage());
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
        return write(q, attempt.quoted(), attempt.candidates());
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
