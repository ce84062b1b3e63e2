package dev.kabar.chat;

import dev.kabar.text.Language;
import java.util.Objects;

/**
 * The {@link FrontDoor} refuses a request as given. Every adapter maps it at its edge — the web to
 * a 400, 413 or 429 with a JSON error code, Telegram to a reply in the chat's language, the command
 * line to exit code 1 — using {@link #reason()} and its numbers; {@link #getMessage()} is the
 * English sentence for logs, evaluation reports and the command line.
 */
public final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        /** Nothing but white space where a question was needed. */
        EMPTY,
        /** Longer than {@code question.max-chars}: {@link #size()} characters against {@link #limit()}. */
        TOO_LONG,
        /** A conversation id that is not 1-100 of {@code A-Z a-z 0-9 _ . : -}. */
        BAD_CONVERSATION_ID,
        /** The caller used up {@link #limit()} requests a minute; a token is due in {@link #retryAfterSeconds()}. */
        RATE_LIMITED
    }

    /** What a request was: the messages differ ("the topic has …" or "the question has …"). */
    public enum Kind { QUESTION, TOPIC }

    private final Reason reason;
    private final Kind kind;
    private final Language language;
    private final int size;
    private final int limit;
    private final long retryAfterSeconds;

    private Rejected(Reason reason, Kind kind, Language language, int size, int limit, long retryAfterSeconds) {
        super(message(reason, kind, size, limit, retryAfterSeconds));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.language = Objects.requireNonNull(language, "language");
        this.size = size;
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Rejected empty() {
        return new Rejected(Reason.EMPTY, Kind.QUESTION, Language.ID, 0, 0, 0);
    }

    static Rejected tooLong(Kind kind, Language language, int size, int limit) {
        return new Rejected(Reason.TOO_LONG, kind, language, size, limit, 0);
    }

    static Rejected badConversationId() {
        return new Rejected(Reason.BAD_CONVERSATION_ID, Kind.QUESTION, Language.ID, 0, 0, 0);
    }

    static Rejected rateLimited(Kind kind, Language language, int perMinute, long retryAfterSeconds) {
        return new Rejected(Reason.RATE_LIMITED, kind, language, 0, perMinute, retryAfterSeconds);
    }

    public Reason reason() {
        return reason;
    }

    public Kind kind() {
        return kind;
    }

    /** A refused briefing topic's language, for a note written in it; Indonesian for anything else. */
    public Language language() {
        return language;
    }

    /** {@link Reason#TOO_LONG}: the text's length in characters. */
    public int size() {
        return size;
    }

    /** {@link Reason#TOO_LONG}: the most characters allowed; {@link Reason#RATE_LIMITED}: requests a minute. */
    public int limit() {
        return limit;
    }

    /** {@link Reason#RATE_LIMITED}: whole seconds until the caller may try again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static String message(Reason reason, Kind kind, int size, int limit, long retryAfter) {
        String what = kind == Kind.TOPIC ? "topic" : "question";
        return switch (reason) {
            case EMPTY -> Messages.text(Language.EN, "question.empty");
            case TOO_LONG -> Messages.text(Language.EN, what + ".too-long", size, limit);
            case BAD_CONVERSATION_ID -> Messages.text(Language.EN, "question.bad-conversation-id");
            case RATE_LIMITED -> Messages.text(Language.EN, "question.rate-limited", retryAfter);
        };
    }
}
