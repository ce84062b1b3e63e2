package dev.kabar.answer.extractive;

import dev.kabar.answer.Answer;
import dev.kabar.answer.extractive.CitationLedger.Source;
import dev.kabar.retrieval.Hit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes chosen sentences as answer text, each followed by the markers of every passage that says
 * the same thing, within a length budget.
 */
final class AnswerWriter {

    private final String frame;
    /**
     * Reference marks the source carried ({@code .[2]}, {@code [3][4]} in encyclopaedia text): in
     * an answer they would read as kabar's own citations, which must all resolve.
     */
    private static final Pattern REFERENCE_MARKS = Pattern.compile("\\s?\\[\\d{1,3}]");

    private final int maxChars;
    private final double mergeSimilarity;

    AnswerWriter(String frame, int maxChars, double mergeSimilarity) {
        this.frame = frame;
        this.maxChars = maxChars;
        this.mergeSimilarity = mergeSimilarity;
    }

    /** Drops trailing sentences, then shortens the first, until the text fits. */
    Answer.Grounded write(List<Candidate> sentences, List<Candidate> all, String shortAnswer) {
        for (int keep = sentences.size(); keep > 1; keep--) {
            Answer.Grounded answer = render(sentences.subList(0, keep), all, shortAnswer, false);
            if (answer.text().length() <= maxChars) {
                return answer;
            }
        }
        return render(sentences.subList(0, 1), all, shortAnswer, true);
    }

    private Answer.Grounded render(List<Candidate> sentences, List<Candidate> all, String shortAnswer, boolean cut) {
        CitationLedger ledger = new CitationLedger();
        StringBuilder text = new StringBuilder(frame);
        for (Candidate c : sentences) {
            String markers = ledger.cite(sourcesOf(c, all));
            String own = REFERENCE_MARKS.matcher(c.text()).replaceAll("");
            String sentence = cut ? shorten(own, maxChars - frame.length() - markers.length() - 2) : own;
            if (text.length() > frame.length()) {
                text.append(' ');
            }
            text.append(withMarkers(sentence, markers));
        }
        return new Answer.Grounded(text.toString(), ledger.citations(), shortAnswer);
    }

    /** The sentence's own passage first, then one near-duplicate from each other passage, by rank. */
    private List<Source> sourcesOf(Candidate chosen, List<Candidate> all) {
        List<Source> sources = new ArrayList<>(List.of(new Source(chosen.hit(), chosen.text())));
        Set<String> passages = new HashSet<>(Set.of(chosen.hit().passage().id()));
        for (Candidate other : all) {
            Hit hit = other.hit();
            if (!passages.contains(hit.passage().id()) && chosen.overlap(other) >= mergeSimilarity) {
                passages.add(hit.passage().id());
                sources.add(new Source(hit, other.text()));
            }
        }
        return sources;
    }

    /** {@code "… 19 Juni [1]."}: markers go before a plain full stop, after a closing quote. */
    static String withMarkers(String sentence, String markers) {
        String s = sentence.strip();
        int last = s.length() - 1;
        if (last > 0 && ".!?".indexOf(s.charAt(last)) >= 0 && "”\"’')]".indexOf(s.charAt(last - 1)) < 0) {
            return s.substring(0, last).stripTrailing() + " " + markers + s.charAt(last);
        }
        return s + " " + markers;
    }

    private static String shorten(String sentence, int budget) {
        if (sentence.length() <= budget) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', Math.max(0, budget - 1));
        return sentence.substring(0, cut > budget / 2 ? cut : Math.max(0, budget - 1)).stripTrailing() + "…";
    }
}
