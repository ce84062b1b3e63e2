package dev.kabar.adapter.telegram;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows a slowly written answer as it grows: once the answer has taken longer than
 * {@code interval}, a draft message is sent and then edited at most once per {@code interval};
 * {@link #finish} replaces the draft with the final, checked answer. A fast answer (the extractive
 * composer hands over its whole text at once) never sends a draft, so it costs no extra calls.
 */
final class StreamingReply implements Consumer<String> {

    private final Outbox outbox;
    private final ChatContext chat;
    private final LongSupplier nanos;
    private final long intervalNanos;
    private final long started;
    private final StringBuilder text = new StringBuilder();
    private Integer draftId;
    private long lastShown;

    StreamingReply(Outbox outbox, ChatContext chat, LongSupplier nanos, Duration interval) {
        this.outbox = outbox;
        this.chat = chat;
        this.nanos = nanos;
        this.intervalNanos = interval.toNanos();
        this.started = nanos.getAsLong();
    }

    @Override
    public synchronized void accept(String token) {
        text.append(token);
        long now = nanos.getAsLong();
        if (now - started < intervalNanos || (draftId != null && now - lastShown < intervalNanos)) {
            return;
        }
        String draft = Html.escape(tail(text.toString())) + " …";
        if (draftId == null) {
            draftId = outbox.sendOne(chat.chatId(), draft, chat.replyTo());
        } else {
            outbox.edit(chat.chatId(), draftId, Reply.text(draft));
        }
        lastShown = now;
    }

    /** Delivers the final answer: an edit of the draft when one was shown, else a new message. */
    synchronized void finish(Reply reply) {
        if (draftId == null) {
            outbox.send(chat.chatId(), reply, chat.replyTo());
        } else {
            outbox.edit(chat.chatId(), draftId, reply);
        }
    }

    /** A draft stays one message long: its last 600 characters (escaped, still under 4,096). */
    private static String tail(String s) {
        return s.length() <= 600 ? s : "…" + s.substring(s.length() - 600);
    }
}
