package dev.kabar.answer.question;

import dev.kabar.text.RecencyCues;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a question asks for the newest news ("berita terbaru tentang …", "latest on …") or a
 * day's ("apa yang terjadi kemarin", "what happened today"), and the question without its recency
 * and framing words; the words are in {@code text/recency-cues.txt}. Stateless.
 */
final class RecentQuestions {

    private RecentQuestions() {}

    /**
     * The recency a question asks for and the question without its recency and framing words.
     *
     * @param day the day asked about, or {@code null} for the newest
     * @param said the recency words as the reader wrote them ("kemarin")
     */
    record Recent(String rest, LocalDate day, String said) {}

    /** The recency {@code text} asks for, if any, read against {@code today}. */
    static Optional<Recent> read(String text, LocalDate today) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String kind : List.of("yesterday", "today", "newest")) {
            for (String cue : RecencyCues.of(kind)) {
                int at = find(lower, cue);
                if (at < 0) {
                    continue;
                }
                String said = text.substring(at, at + cue.length());
                StringBuilder rest = new StringBuilder(text).replace(at, at + cue.length(), " ");
                String rested = unframed(rest.toString());
                LocalDate day = switch (kind) {
                    case "yesterday" -> today.minusDays(1);
                    case "today" -> today;
                    default -> null;
                };
                return Optional.of(new Recent(rested, day, said));
            }
        }
        return Optional.empty();
    }

    /** The text without the framing words of a recency question ("apa yang terjadi", "berita", "about"). */
    private static String unframed(String text) {
        String out = text;
        for (String frame : RecencyCues.of("frame")) {
            int at;
            while ((at = find(out.toLowerCase(Locale.ROOT), frame)) >= 0) {
                out = out.substring(0, at) + " " + out.substring(at + frame.length());
            }
        }
        return SourceQuestions.tidy(out.replaceAll("[?!.]", " "));
    }

    /** Where {@code phrase} stands in {@code lower} as whole words, or -1. */
    private static int find(String lower, String phrase) {
        for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
            if (SourceQuestions.wordEdge(lower, at - 1) && SourceQuestions.wordEdge(lower, at + phrase.length())) {
                return at;
            }
        }
        return -1;
    }

}
