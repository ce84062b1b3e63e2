package dev.kabar.answer.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One streamed model reply as a blocking call: tokens go to the consumer as they arrive, and
 * {@link #run} returns the whole text. A failure before the first token is an ordinary
 * (retriable) exception; after it, {@link BrokenStream}, which is not retried.
 */
final class TokenStream {

    /** The stream failed after tokens were shown. */
    static final class BrokenStream extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenStream(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A whole reply may take this many per-read time-outs. */
    private static final int TOTAL_TIMEOUTS = 4;

    private final StreamingChatModel model;
    private final Duration timeout;
    private final Consumer<String> tokens;
    private final AtomicBoolean emitted = new AtomicBoolean();

    TokenStream(StreamingChatModel model, Duration timeout, Consumer<String> tokens) {
        this.model = model;
        this.timeout = timeout;
        this.tokens = tokens;
    }

    String run(ChatRequest request) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String token) {
                emitted.set(true);
                tokens.accept(token);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            String text = done.get(timeout.toMillis() * TOTAL_TIMEOUTS, TimeUnit.MILLISECONDS).aiMessage().text();
            if (text == null) {
                throw new IllegalStateException("the model streamed no text");
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("interrupted while streaming", e);
        } catch (ExecutionException e) {
            throw fail("streaming failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw fail("no complete reply within " + timeout.multipliedBy(TOTAL_TIMEOUTS), e);
        }
    }

    private RuntimeException fail(String message, Throwable cause) {
        return emitted.get() ? new BrokenStream(message, cause) : new IllegalStateException(message, cause);
    }
}
