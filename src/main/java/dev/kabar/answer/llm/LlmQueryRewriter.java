package dev.kabar.answer.llm;

import dev.kabar.answer.QueryRewriter;
import dev.kabar.text.Language;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Objects;

/**
 * Rewrites follow-ups into standalone questions and widens English questions with Indonesian
 * search words, using the model. Any failure, or a reply that is blank or runs on, leaves the
 * fallback rewriter's answer (for searches: the question as typed). Single attempts: a rewrite
 * only improves retrieval, so it must not cost the retries the answer itself may need.
 */
public final class LlmQueryRewriter implements QueryRewriter {

    private static final int MAX_REPLY_CHARS = 400;

    private final ChatModel model;
    private final QueryRewriter fallback;
    private final PromptTemplates prompts = new PromptTemplates();
    private final ModelCalls calls;

    public LlmQueryRewriter(LlmSettings settings, ChatModel model, QueryRewriter fallback) {
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        LlmSettings once = new LlmSettings(settings.provider(), settings.baseUrl(), settings.model(),
                settings.apiKey(), settings.timeout(), 0, settings.retryBackoff(), settings.temperature());
        this.calls = new ModelCalls(once);
    }

    @Override
    public String standalone(List<String> previous, String followUp) {
        String reply = ask("rewrite", prompts.rewrite(previous, followUp));
        return reply.isEmpty() ? fallback.standalone(previous, followUp) : reply;
    }

    @Override
    public String searchQuery(String question, Language language) {
        if (language != Language.EN) {
            return question;
        }
        String reply = ask("query expansion", prompts.expand(question));
        return reply.isEmpty() ? question : question + "\n" + reply;
    }

    private String ask(String what, List<ChatMessage> messages) {
        try {
            String reply = calls.withRetries(what, () -> model.chat(messages).aiMessage().text());
            String line = reply == null ? "" : reply.strip();
            return line.length() > MAX_REPLY_CHARS || line.contains("\n\n") ? "" : line;
        } catch (ModelUnavailableException e) {
            return "";
        }
    }
}
