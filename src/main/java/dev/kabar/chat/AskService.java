package dev.kabar.chat;

import dev.kabar.answer.Answer;
import dev.kabar.article.ArticleMeta;
import dev.kabar.answer.extractive.RecentAnswer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.Composition;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.QueryRewriter;
import dev.kabar.answer.question.SourceQuestion;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.text.Language;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers one question that the {@link FrontDoor} has checked: rewrite a follow-up to stand alone,
 * retrieve passages, compose a cited answer or a decline, remember the question. Thread-safe.
 */
public final class AskService {

    /** A question after the newest news searches this many times more passages, then orders the relevant ones by date. */
    static final int RECENT_POOL = 4;

    private final PassageRetriever retriever;
    private final AnswerComposer composer;
    private final int topK;
    private final QueryRewriter rewriter;
    private final Conversations conversations;
    /** Reads the source a question names; {@code null}: questions are asked as they are. */
    private final SourceAsking sources;

    public AskService(PassageRetriever retriever, AnswerComposer composer, int topK) {
        this(retriever, composer, topK, new FrameRewriter(),
                new Conversations(Clock.systemUTC(), Conversations.Limits.defaults()), null);
    }

    private AskService(PassageRetriever retriever, AnswerComposer composer, int topK, QueryRewriter rewriter,
            Conversations conversations, SourceAsking sources) {
        this.sources = sources;
        this.rewriter = Objects.requireNonNull(rewriter, "rewriter");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.composer = Objects.requireNonNull(composer, "composer");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1, was " + topK);
        }
        this.topK = topK;
    }

    /** The same service rewriting follow-ups and searches with {@code rewriter}, remembering in {@code conversations}. */
    public AskService with(QueryRewriter rewriter, Conversations conversations) {
        return new AskService(retriever, composer, topK, rewriter, conversations, sources);
    }

    /**
     * The same service understanding questions about the sources of {@code store}'s articles
     * ("Menurut <outlet>, …", "berita tanggal 20 Juni", "Who wrote the <outlet> report?").
     */
    public AskService withSources(ArticleStore store) {
        return withSources(store, ArticleMeta.NEWS_ZONE);
    }

    /** As {@link #withSources(ArticleStore)}, with "hari ini" and "kemarin" read in {@code zone} ({@code digest.zone}). */
    public AskService withSources(ArticleStore store, ZoneId zone) {
        return new AskService(retriever, composer, topK, rewriter, conversations,
                new SourceAsking(store, Clock.system(zone)));
    }

    /**
     * @param question stripped, non-empty and within the limit
     * @param language the question's, detected once by the door
     * @param conversationId the conversation, or {@code null} for a one-off question
     * @param tokens receives the answer's text as it is written, or {@code null}
     */
    AskResult ask(String question, Language language, String conversationId, Consumer<String> tokens) {
        long t0 = System.nanoTime();
        List<String> previous = conversationId == null ? List.of() : conversations.previous(conversationId);
        String standalone = previous.isEmpty() ? question : rewriter.standalone(previous, question);
        SourceQuestion q = sources == null ? SourceQuestion.plain(standalone) : sources.read(standalone);
        List<Hit> hits;
        if (!q.asksRecent()) {
            hits = retriever.search(rewriter.searchQuery(q.content(), language), topK, q.filter());
        } else if (q.content().isBlank()) { // "Apa yang terjadi kemarin?": the day's articles, not a search
            hits = sources.newestArticles(q, topK);
        } else {
            hits = SourceAsking.newestFirst(
                    retriever.search(rewriter.searchQuery(q.content(), language), topK * RECENT_POOL, q.filter()), topK);
        }
        long t1 = System.nanoTime();
        Composition c = answer(q, standalone, language, hits, tokens);
        long t2 = System.nanoTime();
        if (conversationId != null) {
            conversations.remember(conversationId, standalone);
        }
        return new AskResult(question, language, c.answer(), c.composer(),
                new Timings(Timings.millisSince(t0, t1), Timings.millisSince(t1, t2)), c.checks(), standalone);
    }

    /** The composer's answer to the question's content, or one about its sources that needs no composer. */
    private Composition answer(SourceQuestion q, String standalone, Language language, List<Hit> hits,
            Consumer<String> tokens) {
        Optional<Answer> direct = q.aboutSources() ? sources.direct(q, language, hits) : Optional.empty();
        if (direct.isEmpty() && q.asksRecent()) {
            Composition recent;
            if (q.content().isBlank()) {
                recent = Composition.unchecked(RecentAnswer.headlines(hits, language), "extractive");
            } else {
                Composition c = compose(q.content(), language, hits, null);
                recent = new Composition(RecentAnswer.dated(c.answer(), language), c.composer(), c.checks());
            }
            if (tokens != null) {
                tokens.accept(recent.answer().text());
            }
            return recent;
        }
        if (direct.isEmpty()) {
            return compose(q.content(), language, hits, tokens);
        }
        Composition c = direct.get() instanceof Answer.Declined d && d.reason() instanceof DeclineReason.NoSource
                && !q.asksRecent() // "kemarin" with no article of that day: no outlet to look for in the text
                ? namedInText(standalone, language, d)
                : Composition.unchecked(direct.get(), "extractive");
        if (tokens != null) {
            tokens.accept(c.answer().text());
        }
        return c;
    }

    private Composition compose(String question, Language language, List<Hit> hits, Consumer<String> tokens) {
        return tokens == null ? composer.composition(question, language, hits)
                : composer.stream(question, language, hits, tokens);
    }

    /**
     * No loaded article is from the outlet named, but an article may still report what it said
     * ("What did the <outlet> report …" over an article quoting that outlet): the whole question,
     * outlet included, is asked of every article, and only an answer the composer grounds — its
     * checks then want the outlet's name in the passages — replaces the decline.
     */
    private Composition namedInText(String question, Language language, Answer.Declined noSource) {
        Composition plain = composer.composition(question, language, retriever.search(rewriter.searchQuery(question, language), topK));
        return plain.answer().grounded() ? plain : Composition.unchecked(noSource, "extractive");
    }
}
