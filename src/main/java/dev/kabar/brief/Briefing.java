package dev.kabar.brief;

import dev.kabar.answer.Citation;
import dev.kabar.text.Language;
import java.util.List;
import java.util.Objects;

/**
 * A cited briefing on a topic (or on the whole collection when the topic is empty). Every item
 * refers to numbers of {@link #citations()}; every citation is referred to by some item.
 *
 * @param topic the topic as asked, stripped; empty for the whole collection
 * @param found false when no article says anything about the topic; then every list is empty
 * @param note why nothing was found, or empty
 */
public record Briefing(String topic, Language language, boolean found, String note, List<Point> keyPoints,
        List<Quote> quotes, List<Reaction> reactions, List<Event> timeline, List<Difference> differences,
        Coverage coverage, List<Citation> citations) {

    public Briefing {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        note = Objects.requireNonNullElse(note, "");
        keyPoints = List.copyOf(keyPoints);
        quotes = List.copyOf(quotes);
        reactions = List.copyOf(reactions);
        timeline = List.copyOf(timeline);
        differences = List.copyOf(differences);
        Objects.requireNonNull(coverage, "coverage");
        citations = List.copyOf(citations);
    }

    /** A briefing that found nothing, saying why. */
    public static Briefing nothingFound(String topic, Language language, String note) {
        return new Briefing(topic, language, false, note, List.of(), List.of(), List.of(), List.of(), List.of(),
                Coverage.NONE, List.of());
    }

    /** A main fact, once, with every source that reports it. */
    public record Point(String text, List<Integer> citations) {
        public Point {
            citations = List.copyOf(citations);
        }
    }

    /**
     * What someone said.
     *
     * @param speaker the speaker as written ({@code Budi Santoso}, {@code kementerian})
     * @param role the speaker's role or description as written, or empty
     * @param quote the words attributed, quoted or reported
     */
    public record Quote(String speaker, String role, String quote, List<Integer> citations) {
        public Quote {
            citations = List.copyOf(citations);
        }
    }

    /** How a country or organisation responded, in its sources' words. */
    public record Reaction(String party, String text, List<Integer> citations) {
        public Reaction {
            citations = List.copyOf(citations);
        }
    }

    /**
     * A dated event.
     *
     * @param date ISO date at the precision known: {@code 2024-06-19}, {@code 2024-03} or {@code 1998}
     * @param basis how the date was read: {@code text} (printed in full), {@code published} (relative
     *     to the article's publication date) or {@code inferred} (relative to the article's latest
     *     full date, or the newest publication date of the briefing when the article has none)
     * @param expression the date words as written ({@code pada hari Rabu})
     */
    public record Event(String date, String basis, String expression, String text, List<Integer> citations) {
        public Event {
            citations = List.copyOf(citations);
        }
    }

    /** The same fact given differently by different sources. */
    public record Difference(String about, List<Version> versions) {
        public Difference {
            versions = List.copyOf(versions);
        }
    }

    /** One source's version of a fact: the differing detail ({@code pada 1996}) and its sentence. */
    public record Version(String detail, String text, List<Integer> citations) {
        public Version {
            citations = List.copyOf(citations);
        }
    }

    /** The articles behind the briefing; dates are ISO or empty when no article is dated. */
    public record Coverage(int articles, List<String> outlets, String from, String to) {
        public static final Coverage NONE = new Coverage(0, List.of(), "", "");

        public Coverage {
            outlets = List.copyOf(outlets);
        }
    }
}
