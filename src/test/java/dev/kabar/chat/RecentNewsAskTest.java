package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.answer.DeclineReason;
import dev.kabar.app.Kabar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What's new" questions through the front door, over made-up articles dated relative to today in
 * Western Indonesian time: the newest relevant article answers "berita terbaru tentang …" with its
 * date, and "apa yang terjadi kemarin" lists yesterday's articles only.
 */
class RecentNewsAskTest {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    @TempDir
    static Path root;

    private static Library library;
    private static LocalDate yesterday;

    @BeforeAll
    static void open() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        yesterday = today.minusDays(1);
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        write(corpus, "old-flood", "Banjir pertama melanda lembah Sungai Arang", today.minusDays(40),
                "Banjir melanda lembah Sungai Arang dan merendam 40 rumah warga di Desa Talang.");
        write(corpus, "new-flood", "Banjir kedua melanda lembah Sungai Arang", yesterday,
                "Banjir kembali melanda lembah Sungai Arang dan merendam 90 rumah warga di Desa Talang.");
        write(corpus, "prices", "Harga beras naik di Pasar Lama", yesterday,
                "Harga beras di Pasar Lama naik menjadi Rp 15.000 per kilogram.");
        write(corpus, "school", "Sekolah baru dibuka di Desa Talang", today.minusDays(3),
                "Sekolah dasar baru dibuka di Desa Talang untuk 200 murid.");
        library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(corpus, root.resolve("index"), null, false), m -> {});
    }

    private static void write(Path corpus, String id, String title, LocalDate day, String body) throws IOException {
        String text = title + "\n\nRina Halim • " + day.format(PRINTED) + " 09:15\n\n" + body + "\n";
        Files.writeString(corpus.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static Answer ask(String question) {
        return library.door().ask(Question.of(question)).answer();
    }

    @Test
    void should_answer_the_newest_news_on_a_topic_from_the_newest_relevant_article_with_its_date() {
        Answer a = ask("Berita terbaru tentang banjir di lembah Sungai Arang?");

        assertThat(a.grounded()).as(a.text()).isTrue();
        assertThat(a.text()).startsWith("Terbaru (" + yesterday.format(PRINTED) + "): ").contains("90 rumah");
        assertThat(a.citations().getFirst().article().id()).isEqualTo("new-flood");
    }

    @Test
    void should_list_yesterdays_articles_for_what_happened_yesterday() {
        Answer id = ask("Apa yang terjadi kemarin?");
        Answer en = ask("What happened yesterday?");

        assertThat(id.grounded()).as(id.text()).isTrue();
        assertThat(id.citations()).extracting(c -> c.article().id()).containsExactlyInAnyOrder("new-flood", "prices");
        assertThat(id.text()).startsWith("Berita terbaru: ").contains("Harga beras naik di Pasar Lama");
        assertThat(en.text()).startsWith("The newest articles: ");
        assertThat(en.citations()).extracting(Citation::n).containsExactly(1, 2);
    }

    @Test
    void should_decline_a_day_without_articles() {
        Answer a = ask("Apa yang terjadi hari ini?");

        assertThat(a).as(a.text()).isInstanceOf(Answer.Declined.class);
        assertThat(((Answer.Declined) a).reason()).isEqualTo(new DeclineReason.NoSource("hari ini"));
    }
}
