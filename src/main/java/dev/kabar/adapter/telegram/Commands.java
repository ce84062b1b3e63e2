package dev.kabar.adapter.telegram;

import dev.kabar.chat.AskResult;
import dev.kabar.chat.Library;
import dev.kabar.chat.QuestionException;
import dev.kabar.chat.Reindexer;
import dev.kabar.retrieval.IndexReport;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Carries out one {@link Request}: the bot's commands and questions. */
final class Commands {

    /** Edits of a streamed answer at most this often (Telegram allows about one a second per chat). */
    private static final Duration STREAM_INTERVAL = Duration.ofMillis(1200);

    private final Library library;
    private final Outbox outbox;
    private final AnswerRenderer renderer;
    private final RateLimiter limiter;
    private final int perMinute;
    private final Set<Long> admins;
    private final BotStats stats;
    private final Reindexer reindexer;
    private volatile LibraryFacts facts;
    private final Map<Long, Lang> languages = new ConcurrentHashMap<>();

    Commands(Library library, Outbox outbox, TelegramSettings settings, RateLimiter limiter, BotStats stats,
            Reindexer reindexer) {
        this.library = library;
        this.outbox = outbox;
        this.renderer = new AnswerRenderer(settings.publicUrl());
        this.limiter = limiter;
        this.perMinute = settings.ratePerMinute();
        this.admins = settings.admins();
        this.stats = stats;
        this.reindexer = reindexer;
        this.facts = LibraryFacts.of(library.store());
    }

    /** The chat's chosen language, else {@code fallback}. */
    Lang lang(long chatId, Lang fallback) {
        return languages.getOrDefault(chatId, fallback);
    }

    void run(ChatContext c, Request r) {
        switch (r.command()) {
            case "start", "help" -> say(c, Texts.help(c.lang(), facts));
            case "ask" -> ask(c, r.args());
            case "brief" -> brief(c, r.args());
            case "sources" -> say(c, Texts.sources(c.lang(), library.store().articles()));
            case "lang" -> lang(c, r.args());
            case "stats" -> say(c, admins.contains(c.userId()) ? stats.html() : Texts.adminsOnly(c.lang()));
            case "reindex" -> say(c, admins.contains(c.userId()) ? reindex(c.lang()) : Texts.adminsOnly(c.lang()));
            default -> say(c, Texts.unknownCommand(c.lang()));
        }
    }

    void say(ChatContext c, String html) {
        outbox.send(c.chatId(), Reply.text(html), c.replyTo());
    }

    /** Briefings cost more than answers, so they share the per-chat rate limit. */
    private void brief(ChatContext c, String topic) {
        if (!admitted(c)) {
            return;
        }
        outbox.typing(c.chatId());
        say(c, new BriefingMessage(c.lang()).html(library.briefer().brief(topic)));
    }

    /** Takes one request from the chat's rate limit, or says politely that it is used up. */
    private boolean admitted(ChatContext c) {
        if (limiter.tryAcquire(c.chatId())) {
            return true;
        }
        stats.rateLimited.incrementAndGet();
        say(c, Texts.rateLimited(c.lang(), perMinute));
        return false;
    }

    private void ask(ChatContext c, String question) {
        if (question.isBlank()) {
            say(c, Texts.askUsage(c.lang()));
            return;
        }
        if (question.codePoints().noneMatch(Character::isLetterOrDigit)) {
            say(c, Texts.noWords(c.lang()));
            return;
        }
        if (!admitted(c)) {
            return;
        }
        int max = library.asker().maxQuestionChars();
        if (question.strip().length() > max) {
            say(c, Texts.tooLong(c.lang(), question.strip().length(), max));
            return;
        }
        stats.questions.incrementAndGet();
        outbox.typing(c.chatId());
        AskResult result;
        StreamingReply stream = new StreamingReply(outbox, c, System::nanoTime, STREAM_INTERVAL);
        try {
            result = library.asker().ask(question, "tg:" + c.chatId(), stream);
        } catch (QuestionException e) {
            say(c, Html.escape(e.getMessage()));
            return;
        }
        (result.answer().grounded() ? stats.answered : stats.declined).incrementAndGet();
        stream.finish(renderer.answer(result, c.lang()));
    }

    /** Builds a new index generation from the corpus and switches to it; the reply is the summary. */
    private String reindex(Lang lang) {
        try {
            IndexReport report = reindexer.reindex();
            facts = LibraryFacts.of(library.store());
            return Texts.reindexed(lang, report.summary(), report.rejected());
        } catch (RuntimeException e) {
            return Texts.reindexFailed(lang, String.valueOf(e.getMessage()));
        }
    }

    private void lang(ChatContext c, String arg) {
        Lang.parse(arg).ifPresentOrElse(l -> {
            languages.put(c.chatId(), l);
            say(new ChatContext(c.chatId(), c.userId(), l, c.replyTo()), Texts.langSet(l));
        }, () -> say(c, Texts.langUsage(c.lang())));
    }

    /** The passage behind a citation button, or empty when it is gone. */
    Optional<String> passage(String passageId) {
        return library.store().passage(passageId).map(h -> renderer.passage(h.article(), h.passage()));
    }
}
