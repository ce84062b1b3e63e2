package dev.kabar.adapter.telegram;

import dev.kabar.chat.Admitted;
import dev.kabar.chat.AddedArticle;
import dev.kabar.chat.ArticleDesk;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.DeskException;
import dev.kabar.chat.FrontDoor;
import dev.kabar.chat.Question;
import dev.kabar.chat.Rejected;
import dev.kabar.chat.Reindexer;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.IndexReport;
import dev.kabar.text.Language;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out one {@link Request}: the bot's commands and questions. Questions and briefings go
 * through the chat's {@link FrontDoor}, counted against the chat's rate limit; its refusals become
 * replies here.
 */
final class Commands {

    /** Edits of a streamed answer at most this often (Telegram allows about one a second per chat). */
    private static final Duration STREAM_INTERVAL = Duration.ofMillis(1200);

    private final FrontDoor door;
    private final ArticleStore store;
    private final Outbox outbox;
    private final AnswerRenderer renderer;
    private final Set<Long> admins;
    private final BotStats stats;
    private final Reindexer reindexer;
    private final ArticleDesk desk;
    private final FeedCommands feeds;
    private final SubscriptionCommands subscriptions;
    private volatile LibraryFacts facts;
    private final ChatLanguages languages;

    /**
     * @param door limited per chat ({@link FrontDoor#limitedBy})
     * @param news the followed feeds (admins' {@code /follow}, {@code /feeds}) and the digests ({@code /subscribe})
     * @param chats the chats' chosen languages and, in groups, who administers them
     */
    Commands(FrontDoor door, ArticleStore store, Outbox outbox, TelegramSettings settings, BotStats stats,
            Reindexer reindexer, ArticleDesk desk, BotFeeds news, Chats chats) {
        this.feeds = new FeedCommands(news.following());
        this.subscriptions = new SubscriptionCommands(news.digests(), settings.admins(), chats.admins());
        this.languages = chats.languages();
        this.desk = desk;
        this.door = door;
        this.store = store;
        this.outbox = outbox;
        this.renderer = new AnswerRenderer(settings.publicUrl());
        this.admins = settings.admins();
        this.stats = stats;
        this.reindexer = reindexer;
        this.facts = LibraryFacts.of(store);
    }

    /** What the bot knows of its chats beyond the update: their languages (kept across restarts) and group admins. */
    record Chats(ChatLanguages languages, GroupAdmins admins) {}

    /** The chat's chosen language (across restarts), else {@code fallback}. */
    Language lang(long chatId, Language fallback) {
        return languages.of(chatId).orElse(fallback);
    }

    void run(ChatContext c, Request r) {
        switch (r.command()) {
            case "start", "help" -> say(c, Texts.help(c.lang(), facts));
            case "ask" -> ask(c, r.args());
            case "brief" -> brief(c, r.args());
            case "sources" -> say(c, Texts.sources(c.lang(), store.articles()));
            case "lang" -> lang(c, r.args());
            case "stats" -> say(c, admins.contains(c.userId()) ? stats.html() : Texts.text(c.lang(), "admins-only"));
            case "reindex" -> say(c, admins.contains(c.userId()) ? reindex(c.lang()) : Texts.text(c.lang(), "admins-only"));
            case "add" -> say(c, admins.contains(c.userId()) ? add(c, r.args().strip()) : Texts.text(c.lang(), "admins-only"));
            case "remove" -> say(c, admins.contains(c.userId()) ? remove(c.lang(), r.args().strip())
                    : Texts.text(c.lang(), "admins-only"));
            case "follow", "unfollow", "feeds" -> {
                if (!admins.contains(c.userId())) {
                    say(c, Texts.text(c.lang(), "admins-only"));
                    return;
                }
                outbox.typing(c.chatId());
                say(c, feeds.run(c.lang(), r.command(), r.args().strip()));
            }
            case "subscribe", "unsubscribe", "subscriptions" -> say(c, subscriptions.run(c, r.command(), r.args().strip()));
            default -> say(c, Texts.text(c.lang(), "unknown-command"));
        }
    }

    void say(ChatContext c, String html) {
        outbox.send(c.chatId(), Reply.text(html), c.replyTo());
    }

    /** Briefings cost more than answers, so they share the per-chat rate limit. */
    private void brief(ChatContext c, String topic) {
        Question q = new Question(topic, null, caller(c));
        Admitted admitted;
        try {
            admitted = door.admitTopic(q);
        } catch (Rejected r) {
            if (r.reason() == Rejected.Reason.TOO_LONG) {
                say(c, new BriefingMessage(c.lang()).html(FrontDoor.nothingFound(q, r)));
            } else {
                refused(c, r);
            }
            return;
        }
        outbox.typing(c.chatId());
        say(c, new BriefingMessage(c.lang()).html(door.brief(admitted)));
    }

    /**
     * A private chat sends every message as a question, stickers' emoji and "👍" included: text
     * without a letter or digit is not a question, and is told so without taking from the rate limit.
     */
    private void ask(ChatContext c, String question) {
        if (!question.isBlank() && question.codePoints().noneMatch(Character::isLetterOrDigit)) {
            say(c, Texts.text(c.lang(), "no-words"));
            return;
        }
        Admitted admitted;
        try {
            admitted = door.admit(new Question(question, "tg:" + c.chatId(), caller(c)));
        } catch (Rejected r) {
            refused(c, r);
            return;
        }
        stats.questions.incrementAndGet();
        outbox.typing(c.chatId());
        StreamingReply stream = new StreamingReply(outbox, c, System::nanoTime, STREAM_INTERVAL);
        AskResult result = door.answer(admitted, stream);
        (result.answer().grounded() ? stats.answered : stats.declined).incrementAndGet();
        stream.finish(renderer.answer(result, c.lang()));
    }

    /** The front door's refusal as the chat's reply. */
    private void refused(ChatContext c, Rejected r) {
        switch (r.reason()) {
            case EMPTY -> say(c, Texts.text(c.lang(), "ask-usage"));
            case TOO_LONG -> say(c, Texts.text(c.lang(), "too-long", r.size(), r.limit()));
            case RATE_LIMITED -> {
                stats.rateLimited.incrementAndGet();
                say(c, Texts.text(c.lang(), "rate-limited", r.limit()));
            }
            case BAD_CONVERSATION_ID -> say(c, Texts.text(c.lang(), "failed")); // "tg:<chat id>" always matches
        }
    }

    private static String caller(ChatContext c) {
        return "tg:" + c.chatId();
    }

    /** Reads the page at {@code url} and adds its article; the reply names it and its passage count. */
    private String add(ChatContext c, String url) {
        if (!url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) {
            return Texts.text(c.lang(), "add-usage");
        }
        outbox.typing(c.chatId());
        try {
            AddedArticle a = desk.add(url);
            facts = LibraryFacts.of(store);
            return Texts.text(c.lang(), a.created() ? "added" : "updated", a.title(), a.passages(),
                    a.id());
        } catch (DeskException | RuntimeException e) { // a page that fails, or an index that refuses: one line
            return Texts.text(c.lang(), "add-failed", String.valueOf(e.getMessage()));
        }
    }

    /** Removes an added or bundled article by id. */
    private String remove(Language lang, String id) {
        if (id.isEmpty() || id.contains(" ")) {
            return Texts.text(lang, "remove-usage");
        }
        String title = store.article(id).map(a -> a.meta().title()).orElse(id);
        try {
            if (!desk.remove(id)) {
                return Texts.text(lang, "remove-missing", id);
            }
        } catch (RuntimeException e) {
            return Texts.text(lang, "add-failed", String.valueOf(e.getMessage()));
        }
        facts = LibraryFacts.of(store);
        return Texts.text(lang, "removed", title, id);
    }

    /** Builds a new index generation from the corpus and switches to it; the reply is the summary. */
    private String reindex(Language lang) {
        try {
            IndexReport report = reindexer.reindex();
            facts = LibraryFacts.of(store);
            return Texts.reindexed(lang, report.summary(), report.rejected());
        } catch (RuntimeException e) {
            return Texts.text(lang, "reindex-failed", String.valueOf(e.getMessage()));
        }
    }

    private void lang(ChatContext c, String arg) {
        Language.parse(arg).ifPresentOrElse(l -> {
            languages.choose(c.chatId(), l);
            subscriptions.language(c.chatId(), l);
            say(new ChatContext(c.chatId(), c.userId(), l, c.replyTo()), Texts.text(l, "lang-set"));
        }, () -> say(c, Texts.text(c.lang(), "lang-usage")));
    }

    /** The passage behind a citation button, or empty when it is gone. */
    Optional<String> passage(String passageId) {
        return store.passage(passageId).map(h -> renderer.passage(h.article(), h.passage()));
    }
}
