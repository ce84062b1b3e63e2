package dev.kabar.chat;

import dev.kabar.brief.Briefer;
import dev.kabar.brief.Briefing;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The one way in for a question, a search or a briefing topic, whichever adapter it came from.
 * Here, and nowhere else, a request is stripped and checked (empty, too long, bad conversation id),
 * counted against its caller's rate limit, and its language detected — once, then passed on to the
 * answer composer or the briefer. A refusal is a {@link Rejected} that each adapter maps at its
 * edge. Immutable and thread-safe; {@link #limitedBy} gives an adapter its own limit over the same
 * services.
 */
public final class FrontDoor {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final AskService asker;
    private final Briefer briefer;
    private final PassageRetriever retriever;
    private final int maxChars;
    private final Optional<RateLimiter> limiter;

    /** @param maxChars the longest question, search or topic accepted ({@code question.max-chars}) */
    public FrontDoor(AskService asker, Briefer briefer, PassageRetriever retriever, int maxChars) {
        this(asker, briefer, retriever, maxChars, Optional.empty());
    }

    private FrontDoor(AskService asker, Briefer briefer, PassageRetriever retriever, int maxChars,
            Optional<RateLimiter> limiter) {
        this.asker = Objects.requireNonNull(asker, "asker");
        this.briefer = Objects.requireNonNull(briefer, "briefer");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1, was " + maxChars);
        }
        this.maxChars = maxChars;
        this.limiter = limiter;
    }

    /** The same door counting each {@link Question#caller()} against {@code limit}. */
    public FrontDoor limitedBy(RateLimiter limit) {
        return new FrontDoor(asker, briefer, retriever, maxChars, Optional.of(limit));
    }

    /**
     * Lets a question in, checked in this order: not empty (costs no token), the caller's rate
     * limit, the length, the conversation id. Its language is detected only once it passes.
     *
     * @throws Rejected with the first check it fails
     */
    public Admitted admit(Question q) {
        String text = q.text().strip();
        if (text.isEmpty()) {
            throw Rejected.empty();
        }
        count(q.caller(), Rejected.Kind.QUESTION, Language.ID);
        if (text.length() > maxChars) {
            throw Rejected.tooLong(Rejected.Kind.QUESTION, Language.ID, text.length(), maxChars);
        }
        String conversation = q.conversationId();
        if (conversation != null && !CONVERSATION_ID.matcher(conversation).matches()) {
            throw Rejected.badConversationId();
        }
        return new Admitted(text, Language.detect(text), conversation);
    }

    /**
     * Answers an admitted question: a cited answer or a decline. A follow-up in a conversation is
     * rewritten to stand alone first.
     *
     * @param tokens receives the answer's text as a model writes it; {@code null}: no streaming
     */
    public AskResult answer(Admitted q, Consumer<String> tokens) {
        return asker.ask(q.text(), q.language(), q.conversationId(), tokens);
    }

    /** {@link #admit} then {@link #answer}, without streaming. */
    public AskResult ask(Question q) {
        return answer(admit(q), null);
    }

    /** The passages that best match {@code q}, best first; let in like a question. */
    public List<Hit> search(Question q, int limit) {
        return retriever.search(admit(q).text(), limit);
    }

    /**
     * Lets a briefing topic in: the caller's rate limit, then the length. A blank topic asks for
     * the whole collection.
     *
     * @throws Rejected with the first check it fails; a too-long topic's carries the topic's language
     */
    public Admitted admitTopic(Question q) {
        String topic = q.text().strip();
        Language language = topic.isEmpty() ? Language.ID : Language.detect(topic);
        count(q.caller(), Rejected.Kind.TOPIC, language);
        if (topic.length() > maxChars) {
            throw Rejected.tooLong(Rejected.Kind.TOPIC, language, topic.length(), maxChars);
        }
        return new Admitted(topic, language, null);
    }

    /** A cited briefing on an admitted topic, or on the whole collection when it is empty. */
    public Briefing brief(Admitted topic) {
        return briefer.brief(topic.text(), topic.language());
    }

    /** {@link #admitTopic} then {@link #brief(Admitted)}. */
    public Briefing brief(Question q) {
        return brief(admitTopic(q));
    }

    /**
     * For adapters that show every outcome as a briefing (a chat, a terminal): a topic refused as
     * too long becomes a "nothing found" briefing whose note says so, in the topic's language.
     */
    public static Briefing nothingFound(Question q, Rejected tooLong) {
        return Briefing.nothingFound(q.text().strip(), tooLong.language(),
                Messages.text(tooLong.language(), "brief.topic-too-long", tooLong.size(), tooLong.limit()));
    }

    /**
     * Counts one request against {@code caller}'s rate limit, for an adapter that limits every
     * request before reading it (the web's {@code /api/*}); its questions then come without a caller.
     *
     * @throws Rejected with {@link Rejected.Reason#RATE_LIMITED} when the caller has used up the limit
     */
    public void count(String caller) {
        count(caller, Rejected.Kind.QUESTION, Language.ID);
    }

    public int maxChars() {
        return maxChars;
    }

    private void count(String caller, Rejected.Kind kind, Language language) {
        if (limiter.isEmpty() || caller.isEmpty()) {
            return;
        }
        long retryAfter = limiter.get().acquire(caller);
        if (retryAfter > 0) {
            throw Rejected.rateLimited(kind, language, limiter.get().perMinute(), retryAfter);
        }
    }
}
