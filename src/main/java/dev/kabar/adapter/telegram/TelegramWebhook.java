package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.locks.ReentrantLock;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode without a web framework: the web server passes each POST body and the
 * {@code X-Telegram-Bot-Api-Secret-Token} header here and answers with the returned status.
 * Updates are handled one at a time, so a duplicate delivery is recognised by its id.
 */
public final class TelegramWebhook {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final KabarBot bot;
    private final byte[] secret;
    private final ObjectMapper mapper;
    private final ReentrantLock lock = new ReentrantLock();

    TelegramWebhook(KabarBot bot, String secret, ObjectMapper mapper) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("webhook mode needs a secret token (1-256 of A-Z a-z 0-9 _ -)");
        }
        this.bot = bot;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.mapper = mapper;
    }

    /** Whether the {@value #SECRET_HEADER} header holds the secret; compared in constant time. */
    public boolean authorized(String secretHeader) {
        byte[] given = secretHeader == null ? new byte[0] : secretHeader.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, given);
    }

    /**
     * Handles one update whose sender {@link #authorized} was checked; one at a time (a lock, not
     * {@code synchronized}, so a virtual request thread waiting here does not pin its carrier).
     *
     * @return 200 handled (or already handled), 400 not an update
     */
    public int handle(String body) {
        lock.lock();
        try {
            return handleLocked(body);
        } finally {
            lock.unlock();
        }
    }

    private int handleLocked(String body) {
        Update update;
        try {
            update = body == null ? null : mapper.readValue(body, Update.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return 400;
        }
        if (update == null) {
            return 400;
        }
        if (update.getUpdateId() == null) {
            return 400;
        }
        bot.handleOnce(update);
        return 200;
    }
}
