package dev.kabar.ingestion.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When an article was published: a date-time with its offset when the page gives a time, else a date.
 */
public sealed interface Published {

    /** The calendar date, in the page's own offset. */
    LocalDate date();

    /** ISO-8601: {@code 2026-03-05T14:20:00+07:00} or {@code 2026-03-05}. */
    String iso();

    /** A date printed or tagged without a time. */
    record Day(LocalDate date) implements Published {
        public Day {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String iso() {
            return date.toString();
        }
    }

    /** A date and time with the offset the page gave (or the outlet's zone implied). */
    record Moment(OffsetDateTime time) implements Published {
        public Moment {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public LocalDate date() {
            return time.toLocalDate();
        }

        @Override
        public String iso() {
            return time.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
    }
}
