package dev.kabar.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.kabar.answer.Answer;
import java.util.List;

/**
 * The result JSON of DESIGN.md ({@code kabar ask --json}, {@code POST /api/ask}, the {@code result}
 * event of a stream). Field names and order are a contract; {@code shortAnswer} appears only when an
 * answer has one, {@code declineReason} only on a decline, {@code standaloneQuestion} only when a
 * follow-up was rewritten, {@code checks} only for a model-written answer.
 */
public record ResultJson(String question, String language, String answer, boolean grounded,
        List<CitationJson> citations, String composer, Times timings, @JsonInclude(Include.NON_NULL) String shortAnswer,
        @JsonInclude(Include.NON_NULL) String declineReason, @JsonInclude(Include.NON_NULL) String standaloneQuestion,
        @JsonInclude(Include.NON_NULL) Checks checks) {

    /** Where the time went, in milliseconds. */
    public record Times(double retrieveMs, double composeMs) {}

    /** What the citation check changed in a model's draft. */
    public record Checks(List<Integer> removedMarkers, List<String> recitedSentences, List<String> droppedSentences) {}

    public static ResultJson of(AskResult r) {
        String shortAnswer = null;
        String declineReason = null;
        switch (r.answer()) {
            case Answer.Grounded g -> shortAnswer = g.shortAnswer().isEmpty() ? null : g.shortAnswer();
            case Answer.Declined d -> declineReason = d.reason().code();
        }
        return new ResultJson(r.question(), r.language().code(), r.answer().text(), r.answer().grounded(),
                r.answer().citations().stream().map(CitationJson::of).toList(), r.composer(),
                new Times(r.timings().retrieveMs(), r.timings().composeMs()), shortAnswer, declineReason,
                r.standalone().equals(r.question()) ? null : r.standalone(),
                r.checks().map(c -> new Checks(c.removedMarkers(), c.recitedSentences(), c.droppedSentences()))
                        .orElse(null));
    }
}
