package dev.kabar.adapter.telegram;

import dev.kabar.text.Language;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The update handler: each update handled once (skipped when at or below the persisted offset,
 * recorded after handling), failures caught here — the adapter's edge — so one bad update never
 * stops the bot. Updates are handled in order on the polling thread.
 */
public final class KabarBot implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(KabarBot.class);

    private final Commands commands;
    private final Outbox outbox;
    private final OffsetStore offsets;
    private final Addressing addressing;
    private final AllowList allowList;
    private final long botId;
    private final BotStats stats;
    private final TelegramSettings settings;

    KabarBot(Commands commands, Outbox outbox, OffsetStore offsets, User me, TelegramSettings settings,
            BotStats stats) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.outbox = outbox;
        this.offsets = offsets;
        this.addressing = new Addressing(me.getUserName());
        this.allowList = new AllowList(settings.allowedChats());
        this.botId = me.getId();
        this.settings = settings;
        this.stats = stats;
    }

    /** Nothing to release: the {@link TelegramBot} owns the connections. */
    @Override
    public void close() {}

    OffsetStore offsets() {
        return offsets;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update u : updates) {
            handleOnce(u);
        }
    }

    /** Handles {@code update} unless it was handled before; never throws for a bad update. */
    public void handleOnce(Update update) {
        long id = update.getUpdateId();
        if (id <= offsets.last()) {
            return;
        }
        stats.updates.incrementAndGet();
        try {
            handle(update);
        } catch (RuntimeException e) {
            stats.failures.incrementAndGet();
            LOG.error("update {} failed: {}", id, settings.mask(String.valueOf(e.getMessage())));
            apologise(update);
        }
        offsets.handled(id);
    }

    private void handle(Update u) {
        if (u.hasCallbackQuery()) {
            onCallback(u.getCallbackQuery());
        } else if (u.hasMessage()) {
            onMessage(u.getMessage());
        }
    }

    private void onMessage(Message m) {
        Chat chat = m.getChat();
        User from = m.getFrom();
        boolean privateChat = chat.isUserChat();
        boolean replyToBot = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
                && m.getReplyToMessage().getFrom().getId() == botId;
        String username = from == null ? null : from.getUserName();
        Language lang = commands.lang(chat.getId(), Language.ofTag(from == null ? null : from.getLanguageCode()));
        ChatContext c = new ChatContext(chat.getId(), from == null ? 0 : from.getId(), lang,
                privateChat ? null : m.getMessageId());
        if (!m.hasText()) {
            if (privateChat || replyToBot) {
                commands.say(c, allowList.allows(chat.getId(), chat.getUserName(), username)
                        ? Texts.text(lang, "not-text") : Texts.text(lang, "refused"));
            }
            return;
        }
        addressing.route(m.getText(), privateChat, replyToBot).ifPresent(r -> {
            if (allowList.allows(chat.getId(), chat.getUserName(), username)) {
                commands.run(c, r);
            } else {
                commands.say(c, Texts.text(lang, "refused"));
            }
        });
    }

    private void onCallback(CallbackQuery q) {
        String data = q.getData() == null ? "" : q.getData();
        Language lang = Language.ofTag(q.getFrom() == null ? null : q.getFrom().getLanguageCode());
        if (!data.startsWith(AnswerRenderer.PASSAGE_PREFIX) || q.getMessage() == null) {
            outbox.answerCallback(q.getId(), "");
            return;
        }
        long chatId = q.getMessage().getChatId();
        lang = commands.lang(chatId, lang);
        var passage = commands.passage(data.substring(AnswerRenderer.PASSAGE_PREFIX.length()));
        if (passage.isEmpty()) {
            outbox.answerCallback(q.getId(), Texts.plain(lang, "passage-gone"));
            return;
        }
        outbox.answerCallback(q.getId(), Texts.plain(lang, "quoted-passage"));
        outbox.send(chatId, Reply.text(passage.get()), q.getMessage().getMessageId());
    }

    private void apologise(Update u) {
        try {
            if (u.hasMessage() && u.getMessage().getChat().isUserChat()) {
                outbox.send(u.getMessage().getChatId(), Reply.text(Texts.text(Language.ID, "failed")), null);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not tell chat about the failure: {}", settings.mask(String.valueOf(e.getMessage())));
        }
    }
}
