package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.text.Language;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Streaming by editing, over the real client against the fake Bot API, with a hand-driven clock. */
class StreamingReplyTest {

    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private FakeBotApi api;
    private Outbox outbox;
    private final AtomicLong now = new AtomicLong();

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        outbox = new Outbox(new OkHttpTelegramClient("1:t", new TelegramUrl("http", "127.0.0.1", api.url().getPort(),
                false)), new MessageSplitter(), Outbox.Retries.defaults());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private StreamingReply stream(long chat) {
        return new StreamingReply(outbox, new ChatContext(chat, 1, Language.ID, null), now::get, INTERVAL);
    }

    @Test
    void should_send_a_fast_answer_once_without_drafts() {
        StreamingReply s = stream(1);
        s.accept("Pakta ditandatangani [1].");
        s.finish(new Reply("Pakta ditandatangani [1].", List.of(new Reply.Button("[1]", "p:a#1"))));

        assertThat(api.sent(1)).hasSize(1);
        assertThat(api.calls("editMessageText")).isEmpty();
    }

    @Test
    void should_edit_a_slow_answer_at_a_bounded_rate_and_finish_with_the_checked_answer() {
        StreamingReply s = stream(2);
        for (int i = 0; i < 40; i++) {
            now.addAndGet(Duration.ofMillis(100).toNanos());
            s.accept("kata<" + i + "> ");
        }
        s.finish(new Reply("Jawaban final [1].", List.of(new Reply.Button("[1]", "p:a#1"))));

        List<FakeBotApi.Call> edits = api.calls("editMessageText");
        assertThat(api.sent(2)).hasSize(1);
        assertThat(api.sent(2).getFirst().text()).contains("kata&lt;9&gt;").endsWith("…");
        assertThat(edits).hasSizeBetween(2, 4);
        assertThat(edits.getLast().text()).isEqualTo("Jawaban final [1].");
        assertThat(edits.getLast().body().path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText()).isEqualTo("p:a#1");
        assertThat(edits.getLast().body().path("parse_mode").asText()).isEqualTo("HTML");
    }
}
