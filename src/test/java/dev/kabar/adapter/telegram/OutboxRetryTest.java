package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;

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
}
