package dev.kabar.brief;

/**
 * A date expression found in a sentence and what it resolves to.
 *
 * @param date ISO at the known precision: {@code 2024-06-19}, {@code 2024-03} or {@code 1998}
 * @param precision 3 for a day, 2 for a month, 1 for a year
 * @param relative true when read against a reference date (weekday, month without year, "kemarin")
 * @param expression the words as written
 */
record When(String date, int precision, boolean relative, String expression, int start, int end) {

    /** True when one date lies within the other ({@code 2024} holds {@code 2024-06-19}). */
    boolean compatible(When other) {
        return date.startsWith(other.date) || other.date.startsWith(date);
    }
}
