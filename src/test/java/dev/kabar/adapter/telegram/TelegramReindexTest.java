package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.adapter.cli.RunningServer;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /reindex}: an admin picks up a new article without a restart; web and Telegram both see it. */
class TelegramReindexTest {

    private static final long ADMIN = 7;
    private static final String QUESTION = "Kapan Festival Layang-Layang Pangandaran digelar?";

    @TempDir
    Path tmp;

    private final Updates updates = new Updates();
    private Path corpus;
    private FakeBotApi api;
    private Library library;
    private RunningServer web;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        LibraryRequest request = new LibraryRequest(corpus, tmp.resolve("index"), null, false);
        Kabar kabar = new Kabar(Map.of(), Path.of("").toAbsolutePath());
        library = kabar.open(request, m -> {});
        web = kabar.start(library, request, OptionalInt.of(0));
        api = new FakeBotApi();
        bot = TelegramBot.connect(library, new TelegramSettings("88:reindex", api.url(), tmp.resolve("offset"), 1000,
                Set.of(), Set.of(ADMIN), "", Duration.ZERO), Clock.systemUTC());
        bot.startPolling();
    }

    @AfterEach
    void stop() {
        bot.close();
        web.close();
        library.close();
        api.close();
    }

    @Test
    void should_rebuild_the_index_and_answer_from_a_new_article_when_an_admin_asks() throws Exception {
        int before = library.store().articles().size();
        api.enqueue(updates.text(ADMIN, QUESTION));
        String unknown = api.awaitSent(ADMIN, 1).getFirst().text();
        Files.writeString(corpus.resolve("900_layang.txt"), """
                Festival Layang-Layang Pangandaran digelar pekan depan

                Festival Layang-Layang Internasional Pangandaran digelar pada Sabtu (12/7/2025) di Pantai Barat \
                Pangandaran, Jawa Barat, dan diikuti peserta dari 14 negara.

                Panitia memperkirakan sekitar 20.000 pengunjung datang ke Pantai Barat selama dua hari festival.
                """);

        api.enqueue(updates.text(ADMIN, "/reindex"));
        String summary = api.awaitSent(ADMIN, 2).get(1).text();
        api.enqueue(updates.text(ADMIN, QUESTION));
        String answer = api.awaitSent(ADMIN, 3).get(2).text();

        assertThat(unknown).doesNotContain("12/7/2025");
        assertThat(summary).contains((before + 1) + " articles");
        assertThat(answer).contains("[1]").contains("12/7/2025").contains("Pangandaran");
        assertThat(library.store().articles()).hasSize(before + 1);
        assertThat(get("api/articles")).contains("Layang-Layang Pangandaran");
    }

    @Test
    void should_refuse_reindex_to_anyone_but_an_admin_in_one_line() throws Exception {
        int before = library.store().articles().size();
        Files.writeString(corpus.resolve("901_extra.txt"), "Judul baru\n\nIsi berita baru yang cukup panjang.\n");

        api.enqueue(updates.text(70, "/reindex"));
        String refusal = api.awaitSent(70, 1).getFirst().text();

        assertThat(refusal).contains("admin").doesNotContain("\n");
        assertThat(library.store().articles()).hasSize(before);
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
