package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real bot, on a real library of the bundled corpus, against a fake Bot API over loopback. */
class TelegramBotTest extends BotOnFakeApi {

    private static final String TOKEN = "123456:SECRET-token";
    private static final String QUESTION = "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?";

    private TelegramSettings settings(int perMinute, Set<String> allowed) {
        return new TelegramSettings(TOKEN, api.url(), state.resolve("offset"), perMinute, allowed, Set.of(7L),
                "https://kabar.example", Duration.ZERO);
    }

    private void start(TelegramSettings s) {
        bot = TelegramBot.connect(library, s, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        bot.startPolling();
    }

    @Test
    void should_register_commands_and_answer_a_private_question_in_html_with_citation_buttons() throws Exception {
        start(settings(30, Set.of()));
        api.enqueue(updates.text(11, QUESTION));

        JsonNode reply = api.awaitSent(11, 1).getFirst().body();

        assertThat(api.calls("setMyCommands")).hasSize(1);
        api.await(calls -> calls.stream().anyMatch(c -> c.method().equals("sendchataction")
                && c.body().path("action").asText().equals("typing") && c.chatId() == 11), Duration.ofSeconds(10));
        assertThat(reply.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(reply.path("text").asText()).contains("[1]").contains("Sumber")
                .contains("<a href=\"https://kabar.example/a/");
        JsonNode buttons = reply.path("reply_markup").path("inline_keyboard");
        assertThat(buttons.get(0).get(0).path("text").asText()).isEqualTo("[1]");
        assertThat(buttons.get(0).get(0).path("callback_data").asText()).startsWith("p:");
    }

    @Test
    void should_send_a_sectioned_briefing_in_pieces_telegram_accepts() throws Exception {
        start(settings(30, Set.of()));
        api.enqueue(updates.text(13, "/brief pakta pertahanan"));
        api.enqueue(updates.text(13, "/brief qwxzv plkjh"));

        List<FakeBotApi.Call> sent = api.await(calls -> calls.stream().anyMatch(c -> c.chatId() == 13
                && c.text().contains("qwxzv")), Duration.ofSeconds(20)).stream()
                .filter(c -> c.method().equals("sendmessage") && c.chatId() == 13).toList();

        String briefing = sent.subList(0, sent.size() - 1).stream().map(FakeBotApi.Call::text)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(sent).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(MessageSplitter.LIMIT);
            assertThat(c.body().path("parse_mode").asText()).isEqualTo("HTML");
        });
        assertThat(briefing).startsWith("<b>Ringkasan: pakta pertahanan</b>").contains("<b>Poin utama</b>")
                .contains("<b>Linimasa</b>").contains("<b>2024-06-19</b>").contains("[1]").contains("<b>Sumber</b>");
        assertThat(sent.getLast().text()).contains("Tidak ditemukan");
    }

    @Test
    void should_show_the_quoted_passage_when_a_citation_button_is_pressed() throws Exception {
        start(settings(30, Set.of()));
        api.enqueue(updates.text(12, QUESTION));
        String data = api.awaitSent(12, 1).getFirst().body().path("reply_markup").path("inline_keyboard")
                .get(0).get(0).path("callback_data").asText();

        api.enqueue(updates.callback(12, data));
        List<FakeBotApi.Call> sent = api.awaitSent(12, 2);

        assertThat(api.calls("answerCallbackQuery")).hasSize(1);
        String passageId = data.substring(2);
        String passageText = library.store().passage(passageId).orElseThrow().passage().text();
        assertThat(sent.get(1).text()).contains(Html.escape(passageText.substring(0, 40)));
    }

    @Test
    void should_answer_in_groups_only_when_mentioned_replied_to_or_commanded() throws Exception {
        start(settings(30, Set.of()));
        long group = -100;
        api.enqueue(updates.groupText(group, QUESTION));
        api.enqueue(updates.groupText(group, "/ask@other_bot " + QUESTION));
        api.enqueue(updates.groupText(group, "@kabar_test_bot " + QUESTION));
        api.enqueue(updates.groupText(group, "/ask@kabar_test_bot " + QUESTION));
        api.enqueue(updates.groupReplyToBot(group, QUESTION));
        api.enqueue(updates.groupText(group, "/help@kabar_test_bot"));

        List<FakeBotApi.Call> sent = api.awaitSent(group, 4);

        assertThat(sent).hasSize(4);
        assertThat(sent.get(3).text()).contains("artikel");
        assertThat(sent.get(0).body().path("reply_parameters").path("message_id").asLong()).isPositive();
    }

    @Test
    void should_refuse_chats_outside_the_allow_list_in_one_line() throws Exception {
        start(settings(30, Set.of("21")));
        api.enqueue(updates.text(22, QUESTION));
        api.enqueue(updates.text(21, QUESTION));

        api.awaitSent(21, 1);
        List<FakeBotApi.Call> refused = api.awaitSent(22, 1);

        assertThat(refused.getFirst().text()).contains("Maaf").doesNotContain("\n");
        assertThat(api.sent(21).getFirst().text()).contains("[1]");
    }

    @Test
    void should_reply_politely_when_a_chat_asks_too_often() throws Exception {
        start(settings(2, Set.of()));
        for (int i = 0; i < 3; i++) {
            api.enqueue(updates.text(31, QUESTION));
        }

        List<FakeBotApi.Call> sent = api.awaitSent(31, 3);

        assertThat(sent.get(2).text()).contains("2 pertanyaan per menit");
    }

    @Test
    void should_count_briefings_against_the_same_rate_limit_as_questions() throws Exception {
        start(settings(2, Set.of()));
        api.enqueue(updates.text(32, QUESTION));
        api.enqueue(updates.text(32, "/brief qwxzvplk"));
        api.enqueue(updates.text(32, "/brief pakta pertahanan"));

        List<FakeBotApi.Call> sent = api.awaitSent(32, 3);

        assertThat(sent.get(1).text()).contains("Ringkasan");
        assertThat(sent.get(2).text()).contains("2 pertanyaan per menit");
    }

    @Test
    void should_answer_a_too_long_topic_with_a_nothing_found_briefing_in_the_topic_language() throws Exception {
        start(settings(30, Set.of()));
        api.enqueue(updates.text(33, "/brief " + "pakta ".repeat(400)));

        String reply = api.awaitSent(33, 1).getFirst().text();

        assertThat(reply).startsWith("<b>Ringkasan: pakta pakta").contains("Tidak ditemukan: topik berisi 2399 karakter; batasnya 2000");
    }

    @Test
    void should_wait_retry_after_seconds_on_429_and_then_deliver() throws Exception {
        start(settings(30, Set.of()));
        api.failNext("sendMessage", 1, 1);
        api.enqueue(updates.text(41, QUESTION));

        List<FakeBotApi.Call> sent = api.awaitSent(41, 2);

        assertThat(sent.get(1).nanos() - sent.get(0).nanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(sent.get(1).text()).contains("[1]");
    }

    @Test
    void should_neither_repeat_nor_lose_updates_across_a_restart() throws Exception {
        start(settings(30, Set.of()));
        api.enqueue(updates.text(51, "/help"));
        api.enqueue(updates.text(51, "/sources"));
        api.awaitSent(51, 2);
        bot.close();
        bot = null;

        api.enqueue(updates.text(51, "/brief qwxzvplk"));
        start(settings(30, Set.of()));
        api.enqueue(updates.text(51, "/lang en"));
        List<FakeBotApi.Call> sent = api.awaitSent(51, 4);

        assertThat(sent).hasSize(4);
        assertThat(sent.get(2).text()).contains("Ringkasan");
        assertThat(sent.get(3).text()).contains("English");
    }

    @Test
    void should_give_a_sensible_reply_to_bad_input_and_keep_going() throws Exception {
        start(settings(30, Set.of()));
        long chat = 61;
        api.enqueue(updates.sticker(chat));
        api.enqueue(updates.photo(chat));
        api.enqueue(updates.voice(chat));
        api.enqueue(updates.text(chat, "   "));
        api.enqueue(updates.text(chat, "🙂🙂🙂"));
        api.enqueue(updates.text(chat, "x".repeat(4000)));
        api.enqueue(updates.text(chat, "<b>Kapan</b> pakta **Rusia** & Korea Utara ditandatangani?"));

        List<FakeBotApi.Call> sent = api.awaitSent(chat, 7);

        assertThat(sent.subList(0, 3)).allSatisfy(c -> assertThat(c.text()).contains("teks"));
        assertThat(sent.get(3).text()).contains("/ask");
        assertThat(sent.get(4).text()).contains("kata-kata");
        assertThat(sent.get(5).text()).contains("4000 karakter");
        assertThat(sent.get(6).text()).doesNotContain("<b>Kapan");
        assertThat(sent).allSatisfy(c -> assertThat(c.body().toString()).doesNotContain("SECRET"));
    }

    @Test
    void should_let_only_admins_see_stats() throws Exception {
        start(settings(30, Set.of()));
        api.enqueue(updates.text(71, "/stats"));
        api.enqueue(updates.text(7, "/stats"));

        assertThat(api.awaitSent(71, 1).getFirst().text()).contains("admin");
        assertThat(api.awaitSent(7, 1).getFirst().text()).contains("updates");
    }

    @Test
    void should_check_the_webhook_secret_and_handle_the_update() throws Exception {
        bot = TelegramBot.connect(library, settings(30, Set.of()), Clock.systemUTC());
        TelegramWebhook hook = bot.webhook("s3cret");
        String body = updates.text(81, "/help").toString();

        assertThat(hook.authorized("wrong")).isFalse();
        assertThat(hook.authorized(null)).isFalse();
        assertThat(hook.authorized("s3cret")).isTrue();
        assertThat(hook.handle("not json")).isEqualTo(400);
        assertThat(hook.handle(body)).isEqualTo(200);
        assertThat(api.sent(81)).hasSize(1);
        assertThat(hook.handle(body)).isEqualTo(200);
        assertThat(api.sent(81)).hasSize(1);
    }

}
