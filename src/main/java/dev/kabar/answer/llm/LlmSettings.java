package dev.kabar.answer.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach a chat model.
 *
 * @param provider which client to build; {@link Provider#NONE} means no model
 * @param baseUrl the OpenAI-compatible endpoint (up to and including {@code /v1}); empty for the
 *     provider's default
 * @param apiKey secret, never printed by {@link #toString()}; empty when the server needs none
 * @param timeout the longest wait for one model reply
 * @param maxRetries further attempts after a failed one (errors, time-outs, rate limits)
 * @param retryBackoff the pause before the first retry, doubled for each further one
 */
public record LlmSettings(Provider provider, String baseUrl, String model, String apiKey, Duration timeout,
        int maxRetries, Duration retryBackoff, double temperature) {

    /** Supported model providers. Both speak the OpenAI chat-completions protocol. */
    public enum Provider {
        NONE, OPENAI, OLLAMA;

        public static Provider of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown llm provider '" + name + "': use none, openai or ollama", e);
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String OPENAI_URL = "https://api.openai.com/v1";
    public static final String OLLAMA_URL = "http://localhost:11434/v1";

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        baseUrl = Objects.requireNonNullElse(baseUrl, "").strip();
        model = Objects.requireNonNullElse(model, "").strip();
        apiKey = Objects.requireNonNullElse(apiKey, "").strip();
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, was " + temperature);
        }
        if (provider != Provider.NONE && model.isEmpty()) {
            throw new IllegalArgumentException("llm provider " + provider.code() + " needs a model: set KABAR_LLM_MODEL");
        }
    }

    public static LlmSettings none() {
        return new LlmSettings(Provider.NONE, "", "", "", Duration.ofSeconds(30), 0, Duration.ZERO, 0);
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** The base URL to call: the configured one, or the provider's default. */
    public String endpoint() {
        if (!baseUrl.isEmpty()) {
            return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }
        return provider == Provider.OLLAMA ? OLLAMA_URL : OPENAI_URL;
    }

    /** The name reported as {@code composer}: {@code llm:openai/gpt-4o-mini}. */
    public String composerName() {
        return "llm:" + provider.code() + "/" + model;
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.code() + ", baseUrl=" + endpoint() + ", model=" + model
                + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set)") + ", timeout=" + timeout
                + ", maxRetries=" + maxRetries + ", retryBackoff=" + retryBackoff + ", temperature=" + temperature + "]";
    }
}
