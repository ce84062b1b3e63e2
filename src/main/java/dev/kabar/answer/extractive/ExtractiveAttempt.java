package dev.kabar.answer.extractive;

import dev.kabar.answer.decline.Attempt;
import dev.kabar.answer.decline.DeclineEvidence;
import dev.kabar.answer.decline.Negation;
import dev.kabar.answer.extractive.SentenceScorer.Scored;
import dev.kabar.answer.question.KeyTerm;
import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One question's way through the extractive pipeline — read the question, gather the candidate
 * sentences, score and order them, choose the evidence — with each stage run on first use, so the
 * decline rules that look at it stop the work as soon as one declines. Not thread-safe: one per
 * question.
 */
final class ExtractiveAttempt implements Attempt {

    /**
     * What every question is read with.
     *
     * @param observations sees the sentences each question's answer is chosen from (the training tools record them)
     */
    record Reading(QuestionAnalyzer analyzer, ExtractiveSettings settings, PassageSentences sentences,
            SentenceChooser chooser, Consumer<SentenceChooser.Observation> observations) {}

    /** Share of the best coverage a sentence of the asked kind needs to be put first (see {@link #kindFirst}). */
    static final double KIND_FIRST_SHARE = 0.5;

    private final Reading reading;
    private final String question;
    private final Language language;
    private final List<Hit> hits;
    private QuestionProfile profile;
    private List<Candidate> candidates;
    private SentenceFeatures features;
    private List<Scored> ranked;
    private List<Scored> chosen;
    private List<Scored> opened;

    ExtractiveAttempt(Reading reading, String question, Language language, List<Hit> hits) {
        this.reading = reading;
        this.question = question;
        this.language = language;
        this.hits = List.copyOf(hits);
    }

    @Override
    public boolean hasPassages() {
        return !hits.isEmpty();
    }

    @Override
    public QuestionProfile question() {
        if (profile == null) {
            profile = reading.analyzer().analyze(question, language);
        }
        return profile;
    }

    /** The sentences of the passages read, in rank then text order. */
    List<Candidate> candidates() {
        if (candidates == null) {
            candidates = Candidate.of(hits, reading.settings().passagesConsidered(), reading.sentences());
        }
        return candidates;
    }

    @Override
    public boolean readHolds(KeyTerm term) {
        return candidates().stream().anyMatch(c -> term.matchIn(c.stems()).found());
    }

    /** Every sentence read, scored, with the features the learned chooser reads. */
    SentenceFeatures features() {
        if (features == null) {
            ExtractiveSettings settings = reading.settings();
            SentenceScorer scorer = new SentenceScorer(question(), candidates(), settings.weights());
            features = new SentenceFeatures(question(), scorer, candidates(), settings.maxAnswerChars());
        }
        return features;
    }

    /**
     * The sentences fit to quote, by the hand-weighted score: the order the decline rules judge (the
     * decline model was fitted on that choice, and judging the learned choice instead measured worse:
     * docs/experiments.md, "One ranking pass").
     */
    private List<Scored> ranked() {
        if (ranked == null) {
            List<Scored> scored = onNamedPassages(SentenceChooser.handWeighted()
                    .rank(features(), reading.settings().minSentenceChars(), reading.observations()));
            ranked = !scored.isEmpty() && wrongKind(scored.getFirst()) ? kindFirst(scored) : scored;
        }
        return ranked;
    }

    /**
     * Where the question names someone or something and some passage read names it, only the
     * sentences of the articles of such passages: a sentence of an article whose passages read name
     * none of the question's names is about another story, however many of its other words it shares
     * ("tim" and "menang" of a football report for a question about a match in a city the report
     * never names). The article, not the passage: a later passage points back with "ia".
     */
    private List<Scored> onNamedPassages(List<Scored> scored) {
        List<KeyTerm> required = question().requiredTerms();
        if (required.isEmpty()) {
            return scored;
        }
        Set<String> naming = new HashSet<>();
        for (Candidate c : candidates()) {
            if (required.stream().anyMatch(t -> t.matchIn(c.stems()).found())) {
                naming.add(c.hit().article().id());
            }
        }
        return naming.isEmpty() ? scored
                : scored.stream().filter(s -> naming.contains(s.candidate().hit().article().id())).toList();
    }

    /**
     * Where the best sentence answers another kind of question (see {@link #wrongKind}), the
     * sentences holding the kind asked for come first when they hold at least {@value #KIND_FIRST_SHARE} of the best sentence's coverage: the
     * duration's sentence, not the one with more of the question's words and a hotel's 101 floors —
     * provided they hold the question's names and numbers as fully as the best sentence does.
     */
    private List<Scored> kindFirst(List<Scored> scored) {
        Scored top = scored.getFirst();
        double best = scored.stream().mapToDouble(Scored::coverage).max().orElse(0);
        List<Scored> first = new ArrayList<>();
        List<Scored> rest = new ArrayList<>();
        for (Scored s : scored) {
            boolean keepsNames = question().requiredTerms().stream()
                    .allMatch(t -> s.strengths().getOrDefault(t, 0.0) >= top.strengths().getOrDefault(t, 0.0));
            (s.typed() && keepsNames && s.coverage() >= KIND_FIRST_SHARE * best ? first : rest).add(s);
        }
        first.addAll(rest);
        return List.copyOf(first);
    }

    @Override
    public boolean hasQuotable() {
        return !ranked().isEmpty();
    }

    /** The evidence picked from the ranked sentences, best first. */
    List<Scored> chosen() {
        if (chosen == null) {
            chosen = new SentenceSelector(reading.settings(), features()).choose(ranked(), candidates());
        }
        return chosen;
    }

    /**
     * The sentences to quote. Where the learned chooser orders the sentences (a paraphrased
     * question), its choice, provided it holds every name and number of the question as fully as the
     * judged {@link #chosen()} does ("Afrika" is not "Afrika Selatan"), keeps a negated question's
     * negation and answers the kind asked for when the judged choice does; elsewhere the judged choice itself, ranked once.
     */
    List<Scored> quoted() {
        SentenceChooser chooser = reading.chooser();
        ExtractiveSettings settings = reading.settings();
        if (!chooser.orders(features(), settings.minSentenceChars())) {
            return chosen();
        }
        List<Scored> judged = chosen();
        List<Scored> learned = new SentenceSelector(settings, features())
                .choose(onNamedPassages(chooser.rank(features(), settings.minSentenceChars())), candidates());
        QuestionProfile q = question();
        boolean holdsNames = q.requiredTerms().stream().allMatch(t -> strength(learned, t) >= strength(judged, t));
        boolean keepsNegation = !Negation.in(q.question())
                || learned.stream().anyMatch(s -> Negation.in(s.candidate().text()));
        boolean keepsKind = learned.isEmpty() || !wrongKind(learned);
        return holdsNames && keepsNegation && keepsKind ? learned : judged;
    }

    private static double strength(List<Scored> chosen, KeyTerm t) {
        return chosen.stream().mapToDouble(s -> s.strengths().getOrDefault(t, 0.0)).max().orElse(0);
    }

    @Override
    public boolean chosenHold(KeyTerm term) {
        return chosen().stream().anyMatch(s -> s.strengths().containsKey(term));
    }

    @Override
    public boolean chosenWrongKind() {
        return wrongKind(chosen());
    }

    private boolean wrongKind(List<Scored> evidence) {
        return evidence.stream().noneMatch(Scored::typed) && wrongKind(evidence.getFirst());
    }

    /**
     * Whether {@code s}, lacking the kind asked for, answers another question: any sentence without
     * the unit the question names; for a why, one giving a time — a why answered without "karena"
     * may still give its reason ("sumber ketidaknyamanan bagi …").
     */
    private boolean wrongKind(Scored s) {
        QuestionProfile q = question();
        return q.demandsType() && !s.typed()
                && (q.measure().isPresent() || AnswerTypeCues.givesTime(q, s.candidate()));
    }

    @Override
    public Optional<KeyTerm> chosenOtherSpeaker() {
        List<KeyTerm> speaker = question().speaker();
        if (speaker.isEmpty() || chosen().stream().anyMatch(s -> Speakers.speaks(s.candidate(), speaker, candidates()))) {
            return Optional.empty();
        }
        return Optional.of(speaker.getFirst());
    }

    /**
     * Members are judged only where a chosen sentence holds the kind word (a sentence naming them
     * without it, "ingin merekrut A dan B", is left to the other rules); a doer only where a chosen
     * sentence holds the deed and none holds it otherwise than as an unnamed doer's noun.
     */
    @Override
    public boolean chosenNameNone() {
        QuestionProfile q = question();
        Optional<KeyTerm> kind = q.members();
        boolean noMember = kind.isPresent()
                && chosen().stream().anyMatch(s -> kind.get().matchIn(s.candidate().stems()).found())
                && chosen().stream().noneMatch(s -> Members.named(q, s.candidate(), kind.get()));
        Optional<KeyTerm> deed = q.deed();
        boolean noDoer = deed.isPresent()
                && chosen().stream().anyMatch(s -> deed.get().matchIn(s.candidate().stems()).found())
                && chosen().stream().filter(s -> deed.get().matchIn(s.candidate().stems()).found())
                        .allMatch(s -> Doers.unnamed(q, s.candidate(), deed.get()));
        return noMember || noDoer;
    }

    @Override
    public boolean chosenNegate() {
        return chosen().stream().anyMatch(s -> Negation.in(s.candidate().text()));
    }

    @Override
    public double coverage() {
        return features().scorer().coverage(opened());
    }

    @Override
    public double contentCoverage() {
        return features().scorer().contentCoverage(opened());
    }

    @Override
    public DeclineEvidence evidence() {
        return EvidenceFeatures.of(question(), features().scorer(), chosen(), opened(), candidates(), hits);
    }

    /** Coverage is judged on the evidence a reader opens: the cited passage, not only the quoted sentences. */
    private List<Scored> opened() {
        if (opened == null) {
            List<Scored> evidence = new ArrayList<>(chosen());
            Hit cited = chosen().getFirst().candidate().hit();
            SentenceFeatures f = features();
            for (int i = 0; i < f.all().size(); i++) { // already scored: the features hold every sentence read
                if (f.all().get(i).hit().equals(cited)) {
                    evidence.add(f.scored(i));
                }
            }
            opened = evidence;
        }
        return opened;
    }
}
