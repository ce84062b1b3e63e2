package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class OutboxRetryTest {

    @Test
    void should_retry_network_errors_then_fail_without_the_token_in_the_message() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Outbox outbox = new Outbox(new OkHttpTelegramClient("77:SECRET", new TelegramUrl("http", "127.0.0.1", port, false)),
                new MessageSplitter(), new Outbox.Retries(3, Duration.ofMillis(10), Duration.ofSeconds(1)));

        assertThatThrownBy(() -> outbox.execute(new GetMe())).isInstanceOf(TelegramFailure.class)
                .hasMessageContaining("after 3 attempts").satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
    }

    @Test
    void should_deliver_a_reply_once_when_the_api_comes_back_during_the_retries() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            api.goDown();
            CountDownLatch failures = new CountDownLatch(2);
            OkHttpTelegramClient client = new OkHttpTelegramClient("1:t",
                    new TelegramUrl("http", "127.0.0.1", api.url().getPort(), false)) {
                @Override
                public <T extends Serializable, M extends BotApiMethod<T>> T execute(M method)
                        throws TelegramApiException {
                    try {
                        return super.execute(method);
                    } catch (TelegramApiException e) {
                        failures.countDown();
                        throw e;
                    }
                }
            };
            Outbox outbox = new Outbox(client, new MessageSplitter(), new Outbox.Retries(20, Duration.ofMillis(20),
                    Duration.ofSeconds(1)));

            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> outbox.send(9, Reply.text("halo"), null));
            assertThat(failures.await(20, TimeUnit.SECONDS)).isTrue();
            api.comeBack();
            sending.get(20, TimeUnit.SECONDS);

            assertThat(api.sent(9)).hasSize(1);
            assertThat(api.sent(9).getFirst().text()).isEqualTo("halo");
        }
    }
}
