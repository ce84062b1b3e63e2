package dev.kabar.adapter.telegram;

import dev.kabar.digest.DigestDesk;
import dev.kabar.digest.Subscription;
import dev.kabar.text.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /subscribe [topic]}, {@code /unsubscribe}, {@code /subscriptions}: anyone in a private chat;
 * in a group, {@code /subscriptions} for anyone, the others for the bot's admins ({@code telegram.admins})
 * and the group's own administrators, as Telegram tells them. When Telegram cannot be asked, the
 * answer is no (with the reason), never yes.
 */
final class SubscriptionCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final int MAX_TOPIC_CHARS = 200;

    private final Optional<DigestDesk> desk;
    private final Set<Long> admins;
    private final GroupAdmins groupAdmins;

    SubscriptionCommands(Optional<DigestDesk> desk, Set<Long> admins, GroupAdmins groupAdmins) {
        this.desk = desk;
        this.admins = admins;
        this.groupAdmins = groupAdmins;
    }

    String run(ChatContext c, String command, String args) {
        if (desk.isEmpty()) {
            return Texts.text(c.lang(), "digests-off");
        }
        DigestDesk d = desk.get();
        Optional<String> refusal = command.equals("subscriptions") ? Optional.empty() : refusal(c);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return switch (command) {
            case "subscribe" -> subscribe(c, d, args.length() > MAX_TOPIC_CHARS ? args.substring(0, MAX_TOPIC_CHARS) : args);
            case "unsubscribe" -> Texts.text(c.lang(), d.subscriptions().unsubscribe(c.chatId()) ? "unsubscribed"
                    : "unsubscribe-none");
            default -> d.subscriptions().get(c.chatId()).map(s -> describe(c.lang(), d, s))
                    .orElseGet(() -> Texts.text(c.lang(), "subscriptions-none"));
        };
    }

    /** Why this sender may not change the chat's subscription, if they may not. */
    private Optional<String> refusal(ChatContext c) {
        boolean privateChat = c.chatId() == c.userId(); // a private chat's id is its user's
        if (privateChat || admins.contains(c.userId())) {
            return Optional.empty();
        }
        if (c.userId() == 0) { // no sender (a channel's post): nobody to ask about
            return Optional.of(Texts.text(c.lang(), "subscribe-admins"));
        }
        try {
            return groupAdmins.administers(c.userId(), c.chatId()) ? Optional.empty()
                    : Optional.of(Texts.text(c.lang(), "subscribe-admins"));
        } catch (TelegramFailure e) {
            return Optional.of(Texts.text(c.lang(), "subscribe-unverified", String.valueOf(e.getMessage())));
        }
    }

    /** A subscribed chat's digests follow its {@code /lang}. */
    void language(long chatId, Language l) {
        desk.ifPresent(d -> d.subscriptions().language(chatId, l.code()));
    }

    private String subscribe(ChatContext c, DigestDesk d, String topic) {
        Subscription s = d.subscriptions().subscribe(c.chatId(), topic, c.lang().code(), d.clock().instant(),
                d.settings().interval());
        return Texts.text(c.lang(), topic.isBlank() ? "subscribed" : "subscribed-topic", every(d.settings().interval()),
                when(d, s.due()), topic);
    }

    private String describe(Language l, DigestDesk d, Subscription s) {
        return Texts.text(l, "subscription", every(d.settings().interval()), when(d, s.due()),
                s.topic().isBlank() ? Texts.plain(l, "all-news") : "«" + s.topic() + "»");
    }

    private static String when(DigestDesk d, Instant t) {
        return WHEN.format(t.atZone(d.settings().zone())) + " (" + d.settings().zone().getId() + ")";
    }

    static String every(Duration d) {
        long s = d.toSeconds();
        return s % 86_400 == 0 && s > 86_400 ? s / 86_400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
