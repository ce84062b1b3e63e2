package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Long replies over the real client against the fake Bot API. */
class OutboxTest {

    private FakeBotApi api;
    private Outbox outbox;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", api.url().getPort(), false);
        outbox = new Outbox(new OkHttpTelegramClient("1:t", url), new MessageSplitter(), Outbox.Retries.defaults());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void should_split_a_long_reply_into_html_messages_with_the_buttons_on_the_last() throws Exception {
        String paragraph = Html.escape("Kim & Putin <menandatangani> pakta [1]. ").repeat(40);
        Reply reply = new Reply(String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph)),
                List.of(new Reply.Button("[1]", "p:a#1")));

        outbox.send(5, reply, null);
        List<FakeBotApi.Call> sent = api.awaitSent(5, 2);

        assertThat(sent).hasSizeGreaterThan(1).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(4096);
            assertThat(c.body().path("parse_mode").asText()).isEqualTo("HTML");
            assertThat(c.text()).startsWith("Kim &amp; Putin").endsWith("pakta [1].");
        });
        assertThat(sent.getLast().body().has("reply_markup")).isTrue();
        assertThat(sent.getFirst().body().has("reply_markup")).isFalse();
    }
}
