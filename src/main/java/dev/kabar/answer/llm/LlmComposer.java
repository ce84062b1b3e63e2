package dev.kabar.answer.llm;

import dev.kabar.answer.Answer;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.Composition;
import dev.kabar.answer.check.CitationCheck;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a chat model writing from the retrieved passages, every draft passing the
 * {@link CitationCheck} before it is returned. No passages: declined without calling the model.
 * The model failing after the configured retries: the fallback (extractive) composer answers, named
 * {@value #FALLBACK}.
 */
public final class LlmComposer implements AnswerComposer {

    public static final String FALLBACK = "extractive-fallback";

    /** The two faces of one model: whole replies and token streams. */
    public record Models(ChatModel chat, StreamingChatModel streaming) {
        public Models {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(streaming, "streaming");
        }

        public static Models of(LlmSettings settings) {
            return new Models(ChatModels.chat(settings), ChatModels.streaming(settings));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);

    private final LlmSettings settings;
    private final Models models;
    private final AnswerComposer fallback;
    private final CitationCheck check;
    private final PromptTemplates prompts = new PromptTemplates();
    private final ModelCalls calls;

    public LlmComposer(LlmSettings settings, Models models, AnswerComposer fallback, CitationCheck check) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.models = Objects.requireNonNull(models, "models");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.check = Objects.requireNonNull(check, "check");
        this.calls = new ModelCalls(settings);
    }

    @Override
    public Answer compose(String question, Language language, List<Hit> hits) {
        return composition(question, language, hits).answer();
    }

    @Override
    public String name() {
        return settings.composerName();
    }

    @Override
    public Composition composition(String question, Language language, List<Hit> hits) {
        if (hits.isEmpty()) {
            return Composition.unchecked(fallback.compose(question, language, hits), name());
        }
        ChatRequest request = request(question, language, hits);
        try {
            String draft = calls.withRetries("answer", () -> text(models.chat().chat(request).aiMessage().text()));
            return checked(draft, language, hits);
        } catch (ModelUnavailableException e) {
            return fallBack(question, language, hits, e);
        }
    }

    @Override
    public Composition stream(String question, Language language, List<Hit> hits, Consumer<String> tokens) {
        if (hits.isEmpty()) {
            Composition c = composition(question, language, hits);
            tokens.accept(c.answer().text());
            return c;
        }
        ChatRequest request = request(question, language, hits);
        TokenStream stream = new TokenStream(models.streaming(), settings.timeout(), tokens);
        try {
            // once tokens have been shown a retry would show them twice: only silent failures are retried
            String draft = calls.withRetries("streamed answer", () -> stream.run(request));
            return checked(draft, language, hits);
        } catch (ModelUnavailableException | TokenStream.BrokenStream e) {
            return fallBack(question, language, hits, e);
        }
    }

    /** The prompt sent for {@code question}; public for the overhead benchmark. */
    public ChatRequest request(String question, Language language, List<Hit> hits) {
        return ChatRequest.builder().messages(prompts.answer(question, language, hits)).build();
    }

    /** The citation check on a draft; public for the overhead benchmark. */
    public Composition checked(String draft, Language language, List<Hit> hits) {
        CitationCheck.Checked c = check.check(draft, hits, language);
        return new Composition(c.answer(), name(), Optional.of(c.report()));
    }

    private Composition fallBack(String question, Language language, List<Hit> hits, RuntimeException e) {
        LOG.warn("model unavailable, answering extractively: {}", calls.redact(e.getMessage()));
        return Composition.unchecked(fallback.compose(question, language, hits), FALLBACK);
    }

    private static String text(String reply) {
        if (reply == null) {
            throw new IllegalStateException("the model replied without text");
        }
        return reply;
    }
}
