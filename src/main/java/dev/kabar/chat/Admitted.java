package dev.kabar.chat;

import dev.kabar.text.Language;

/**
 * A {@link Question} the {@link FrontDoor} has let in: stripped, within the limits, counted against
 * its caller, its language detected. Only the door makes one, so whatever answers it need not check
 * again; an adapter holds it between letting a question in and answering it (to show "typing…").
 */
public final class Admitted {

    private final String text;
    private final Language language;
    private final String conversationId;

    Admitted(String text, Language language, String conversationId) {
        this.text = text;
        this.language = language;
        this.conversationId = conversationId;
    }

    /** The question or topic, stripped; empty for a briefing on the whole collection. */
    public String text() {
        return text;
    }

    public Language language() {
        return language;
    }

    /** The conversation, or {@code null} for a one-off question or a topic. */
    String conversationId() {
        return conversationId;
    }
}
