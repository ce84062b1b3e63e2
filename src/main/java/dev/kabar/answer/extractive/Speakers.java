package dev.kabar.answer.extractive;

import dev.kabar.answer.question.KeyTerm;
import dev.kabar.text.SpeakerFrames;
import java.util.List;
import java.util.regex.Pattern;

/** Whether a sentence gives the words of the person a question asks about ("What did X say?"). */
final class Speakers {

    /** How far after "kata" / "said" its speaker may be named ("kata juru bicara Kementerian X"). */
    private static final int ATTRIBUTION_REACH = 4;

    /** Quotation marks, straight or curly: a quote gives someone's words. */
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");

    private Speakers() {}

    /**
     * Whether {@code c}, among the sentences read ({@code all}), gives the speaker words: it quotes or holds a verb of saying with the speaker
     * before it, or right after a verb that attributes afterwards ("…, kata X"), and names the
     * speaker's head — the last term of the speaker, "Budi Santoso" of "Menteri Kesehatan Budi
     * Santoso", "pemerintah" of "pemerintah Norwegia" — itself or in the sentence before it ("Menlu
     * X berbicara di … . Dia mengatakan …"); the speaker's other terms (titles, countries) may stand
     * anywhere in its passage, as news names someone in full once and shortly after.
     */
    static boolean speaks(Candidate c, List<KeyTerm> speaker, List<Candidate> all) {
        List<Integer> saying = AnswerTypeCues.sayingPositions(c);
        boolean quotes = QUOTE.matcher(c.text()).find();
        if (saying.isEmpty() && !quotes) {
            return false;
        }
        int at = all.indexOf(c);
        Candidate before = at > 0 && all.get(at - 1).hit().equals(c.hit()) ? all.get(at - 1) : null;
        KeyTerm head = speaker.getLast();
        List<Integer> named = head.matchIn(c.stems()).positions();
        boolean headSpeaks = named.isEmpty()
                ? before != null && head.matchIn(before.stems()).found()
                : saying.isEmpty() || named.stream().anyMatch(h -> saying.stream().anyMatch(p -> h < p
                        || h - p <= ATTRIBUTION_REACH && SpeakerFrames.attributesAfter(c.tokens().get(p).folded())));
        return headSpeaks && speaker.stream().allMatch(t -> all.stream()
                .anyMatch(o -> o.hit().equals(c.hit()) && t.matchIn(o.stems()).found()));
    }
}
