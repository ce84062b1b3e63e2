package dev.kabar.adapter.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * Whether a user is one of a group's own administrators, asked of Telegram ({@code getChatMember}:
 * status {@code creator} or {@code administrator}). An answer is remembered for {@link #REMEMBERED},
 * so a burst of commands asks once, while a promotion or demotion counts within a minute.
 */
final class GroupAdmins {

    static final Duration REMEMBERED = Duration.ofMinutes(1);
    /** Beyond this many remembered answers the memory starts afresh; it only saves calls. */
    private static final int MAX_REMEMBERED = 10_000;

    private record Member(long chatId, long userId) {}

    private record Known(boolean admin, Instant at) {}

    private final Outbox outbox;
    private final Clock clock;
    private final Map<Member, Known> known = new ConcurrentHashMap<>();

    /** @param outbox how Telegram is asked; a short retry policy, as the update waits for the answer */
    GroupAdmins(Outbox outbox, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws TelegramFailure when Telegram cannot be asked; callers refuse (fail closed) */
    boolean administers(long userId, long chatId) {
        Member m = new Member(chatId, userId);
        Instant now = clock.instant();
        Known k = known.get(m);
        if (k != null && now.isBefore(k.at().plus(REMEMBERED))) {
            return k.admin();
        }
        ChatMember member = outbox.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
        boolean admin = "creator".equals(member.getStatus()) || "administrator".equals(member.getStatus());
        if (known.size() >= MAX_REMEMBERED) {
            known.clear();
        }
        known.put(m, new Known(admin, now));
        return admin;
    }
}
