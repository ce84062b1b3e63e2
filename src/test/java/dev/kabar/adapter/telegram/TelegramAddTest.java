package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.live.NewsSite;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /add URL} and {@code /remove ID}: admins get the title and passage count, anyone else a refusal. */
class TelegramAddTest {

    private static final long ADMIN = 7;

    @TempDir
    Path tmp;

    private final Updates updates = new Updates();
    private NewsSite site;
    private FakeBotApi api;
    private Library library;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite();
        Kabar kabar = new Kabar(Map.of("KABAR_STATE_PATH", tmp.resolve("state").toString(), "KABAR_FETCH_ALLOW_PRIVATE",
                "true"), Path.of("").toAbsolutePath());
        library = kabar.open(new LibraryRequest(null, null, null, false), m -> {});
        api = new FakeBotApi();
        bot = TelegramBot.connect(library, new TelegramSettings("88:add", api.url(), tmp.resolve("offset"), 1000,
                Set.of(), Set.of(ADMIN), "", Duration.ZERO), Clock.systemUTC());
        bot.startPolling();
    }

    @AfterEach
    void stop() {
        bot.close();
        library.close();
        api.close();
        site.close();
    }

    @Test
    void should_add_and_remove_an_article_for_an_admin_and_answer_from_it_in_between() throws Exception {
        api.enqueue(updates.text(ADMIN, "/add " + site.url("/berita/festival-layang")));
        String added = api.awaitSent(ADMIN, 1).getFirst().text();
        api.enqueue(updates.text(ADMIN, "Berapa peserta festival layang-layang di Parangtritis?"));
        String answer = api.awaitSent(ADMIN, 2).get(1).text();
        String id = added.replaceAll("(?s).*\\(id (web-[0-9a-f]{16})\\).*", "$1");
        api.enqueue(updates.text(ADMIN, "/remove " + id));
        String removed = api.awaitSent(ADMIN, 3).get(2).text();

        assertThat(added).startsWith("Ditambahkan: «Festival Layang-layang Parangtritis").contains("bagian");
        assertThat(answer).contains("240").contains("[1]");
        assertThat(removed).startsWith("Dihapus:").contains(id);
        assertThat(library.store().article(id)).isEmpty();
    }

    @Test
    void should_refuse_add_and_remove_to_anyone_but_an_admin() throws Exception {
        int before = library.store().articles().size();
        api.enqueue(updates.text(70, "/add " + site.url("/berita/festival-layang")));
        api.enqueue(updates.text(70, "/remove " + library.store().articles().getFirst().meta().id()));

        assertThat(api.awaitSent(70, 2)).allSatisfy(m -> assertThat(m.text()).contains("admin").doesNotContain("\n"));
        assertThat(library.store().articles()).hasSize(before);
    }

    @Test
    void should_say_in_one_line_why_a_page_could_not_be_added() throws Exception {
        api.enqueue(updates.text(ADMIN, "/add " + site.url("/laporan.pdf")));

        assertThat(api.awaitSent(ADMIN, 1).getFirst().text())
                .startsWith("Tidak bisa ditambahkan: not an HTML page (application/pdf)").doesNotContain("\n");
    }
}
