package dev.kabar.answer.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j chat models from {@link LlmSettings}. Both providers use the OpenAI-compatible
 * client (Ollama serves that protocol under {@code /v1}), so no further dependency is needed.
 * Retries are kabar's own (see {@link LlmComposer}), so the clients make one attempt each.
 */
public final class ChatModels {

    /** Ollama and most local servers accept any key; the OpenAI client wants one. */
    private static final String NO_KEY = "no-key";

    private ChatModels() {}

    public static ChatModel chat(LlmSettings s) {
        requireEnabled(s);
        return OpenAiChatModel.builder()
                .baseUrl(s.endpoint())
                .apiKey(key(s))
                .modelName(s.model())
                .temperature(s.temperature())
                .timeout(s.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    public static StreamingChatModel streaming(LlmSettings s) {
        requireEnabled(s);
        return OpenAiStreamingChatModel.builder()
                .baseUrl(s.endpoint())
                .apiKey(key(s))
                .modelName(s.model())
                .temperature(s.temperature())
                .timeout(s.timeout())
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    private static String key(LlmSettings s) {
        return s.apiKey().isEmpty() ? NO_KEY : s.apiKey();
    }

    private static void requireEnabled(LlmSettings s) {
        if (!s.enabled()) {
            throw new IllegalArgumentException("no llm provider configured: set KABAR_LLM_PROVIDER to openai or ollama");
        }
    }
}
