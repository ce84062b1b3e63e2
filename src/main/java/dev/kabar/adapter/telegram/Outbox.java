package dev.kabar.adapter.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Everything the bot sends, through one door: HTML parse mode, splitting at 4,096 characters,
 * waiting out HTTP 429 for {@code retry_after} seconds, and retrying network errors with back-off.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int BUTTONS_PER_ROW = 5;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);

    /** Retry policy. */
    record Retries(int maxAttempts, Duration firstBackoff, Duration maxRetryAfter) {
        static Retries defaults() {
            return new Retries(4, Duration.ofMillis(500), Duration.ofSeconds(60));
        }

        /** For replies of a running bot: rides out about a minute without the Bot API (0.5 s … 15 s apart). */
        static Retries patient() {
            return new Retries(9, Duration.ofMillis(500), Duration.ofSeconds(60));
        }
    }

    private final TelegramClient client;
    private final MessageSplitter splitter;
    private final Retries retries;
    private final UnaryOperator<String> mask;

    Outbox(TelegramClient client, MessageSplitter splitter, Retries retries) {
        this(client, splitter, retries, UnaryOperator.identity());
    }

    /** @param mask hides the bot token in anything that may reach a log or an error message */
    Outbox(TelegramClient client, MessageSplitter splitter, Retries retries, UnaryOperator<String> mask) {
        this.client = Objects.requireNonNull(client, "client");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.mask = Objects.requireNonNull(mask, "mask");
    }

    /** Sends {@code reply}, split as needed; the buttons go with the last piece. */
    void send(long chatId, Reply reply, Integer replyTo) {
        List<String> parts = splitter.split(reply.html());
        for (int i = 0; i < parts.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .parseMode("HTML").linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (replyTo != null && i == 0) {
                b.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
            }
            if (i == parts.size() - 1 && !reply.buttons().isEmpty()) {
                b.replyMarkup(keyboard(reply.buttons()));
            }
            execute(b.build());
        }
    }

    /** Sends one message as is (no splitting) and returns its id, for later edits. */
    int sendOne(long chatId, String html, Integer replyTo) {
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chatId).text(html).parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (replyTo != null) {
            b.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return execute(b.build()).getMessageId();
    }

    /** Replaces a sent message with the first piece of {@code reply}; further pieces follow as new messages. */
    void edit(long chatId, int messageId, Reply reply) {
        List<String> parts = splitter.split(reply.html());
        EditMessageText.EditMessageTextBuilder<?, ?> b = EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(parts.getFirst()).parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (parts.size() == 1 && !reply.buttons().isEmpty()) {
            b.replyMarkup(keyboard(reply.buttons()));
        }
        execute(b.build());
        if (parts.size() > 1) {
            send(chatId, new Reply(String.join("\n\n", parts.subList(1, parts.size())), reply.buttons()), null);
        }
    }

    /** Fire and forget: the typing indicator must not delay the answer, and losing it harms nothing. */
    void typing(long chatId) {
        try {
            client.executeAsync(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build())
                    .exceptionally(e -> {
                        LOG.debug("sendChatAction failed: {}", mask.apply(e.getMessage()));
                        return false;
                    });
        } catch (TelegramApiException e) {
            LOG.debug("sendChatAction failed: {}", mask.apply(e.getMessage()));
        }
    }

    void answerCallback(String callbackId, String text) {
        String t = text.length() > 200 ? text.substring(0, 199) + "…" : text;
        execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(t).build());
    }

    <T extends Serializable> T execute(BotApiMethod<T> method) {
        Duration backoff = retries.firstBackoff();
        for (int attempt = 1;; attempt++) {
            try {
                return client.execute(method);
            } catch (TelegramApiRequestException e) {
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                boolean tooMany = Integer.valueOf(429).equals(e.getErrorCode());
                if (!tooMany || attempt >= retries.maxAttempts()) {
                    throw new TelegramFailure(method.getMethod() + " failed: " + mask.apply(e.getMessage()), e);
                }
                Duration wait = retryAfter == null ? backoff : Duration.ofSeconds(retryAfter);
                LOG.warn("{}: Telegram asks to wait {} s (429)", method.getMethod(), wait.toSeconds());
                pause(wait.compareTo(retries.maxRetryAfter()) > 0 ? retries.maxRetryAfter() : wait);
            } catch (TelegramApiException e) {
                if (attempt >= retries.maxAttempts()) {
                    throw new TelegramFailure(method.getMethod() + " failed after " + attempt + " attempts: "
                            + mask.apply(e.getMessage()), e);
                }
                LOG.warn("{}: network error, retrying in {} ms: {}", method.getMethod(), backoff.toMillis(),
                        mask.apply(e.getMessage()));
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static InlineKeyboardMarkup keyboard(List<Reply.Button> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Reply.Button b : buttons) {
            if (row.size() == BUTTONS_PER_ROW) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
            row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
        }
        rows.add(row);
        return new InlineKeyboardMarkup(rows);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramFailure("interrupted while waiting to retry", e);
        }
    }
}
