package dev.kabar.chat;

/**
 * What every adapter sends through the {@link FrontDoor}: a question to answer, a query to search,
 * or a briefing topic, exactly as it arrived. The door validates it; this record only carries it.
 *
 * @param text as typed; may be {@code null} or blank (the door says whether that is allowed)
 * @param conversationId the conversation a follow-up belongs to, or {@code null} for a one-off question
 * @param caller whom the rate limit counts it against — a chat, a client address — or {@code ""}
 *     when the adapter does not limit here (the command line; the web, which admits every
 *     {@code /api/*} request before reading it)
 */
public record Question(String text, String conversationId, String caller) {

    public Question {
        text = text == null ? "" : text;
        caller = caller == null ? "" : caller;
    }

    /** A one-off question that no rate limit counts. */
    public static Question of(String text) {
        return new Question(text, null, "");
    }

    /** The same question within {@code id}'s conversation. */
    public Question in(String id) {
        return new Question(text, id, caller);
    }

    /** The same question counted against {@code key}'s rate limit. */
    public Question from(String key) {
        return new Question(text, conversationId, key);
    }
}
