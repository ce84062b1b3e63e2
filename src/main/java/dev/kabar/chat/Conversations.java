package dev.kabar.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Short memory per conversation: the last few standalone questions, so follow-ups can be
 * rewritten. Bounded in every direction — at most {@code maxConversations} (least recently used
 * forgotten first), {@code maxTurns} per conversation, and forgotten after {@code ttl} of silence.
 * Thread-safe.
 */
public final class Conversations {

    /** Memory settings. */
    public record Limits(int maxConversations, int maxTurns, Duration ttl) {
        public Limits {
            if (maxConversations < 1 || maxTurns < 1) {
                throw new IllegalArgumentException("maxConversations and maxTurns must be >= 1, were "
                        + maxConversations + " and " + maxTurns);
            }
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("ttl must be positive, was " + ttl);
            }
        }

        public static Limits defaults() {
            return new Limits(1000, 6, Duration.ofMinutes(30));
        }
    }

    private record Memory(List<String> questions, Instant lastSeen) {}

    private final Clock clock;
    private final Limits limits;
    private final Map<String, Memory> byId;

    public Conversations(Clock clock, Limits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.byId = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Memory> eldest) {
                return size() > limits.maxConversations();
            }
        };
    }

    /** The conversation's earlier questions, oldest first; empty when new or expired. */
    public synchronized List<String> previous(String id) {
        Memory m = byId.get(id);
        if (m == null) {
            return List.of();
        }
        if (expired(m)) {
            byId.remove(id);
            return List.of();
        }
        return List.copyOf(m.questions());
    }

    public synchronized void remember(String id, String standaloneQuestion) {
        Memory m = byId.get(id);
        List<String> questions = m == null || expired(m) ? new ArrayList<>() : new ArrayList<>(m.questions());
        questions.add(standaloneQuestion);
        while (questions.size() > limits.maxTurns()) {
            questions.removeFirst();
        }
        byId.put(id, new Memory(questions, clock.instant()));
    }

    public synchronized int size() {
        return byId.size();
    }

    private boolean expired(Memory m) {
        return !clock.instant().isBefore(m.lastSeen().plus(limits.ttl()));
    }
}
