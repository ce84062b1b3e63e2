package dev.kabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import dev.kabar.feed.Feed;
import dev.kabar.feed.FeedBook;
import dev.kabar.feed.FeedSite;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A followed feed while kabar serves: its articles become answerable, an item added to the feed too,
 * and after a restart nothing is fetched or stored twice. The poller polls every second; the test
 * waits on the site's own request log (a feed requested again means the poll before it finished).
 */
class FeedServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<String, String> ENV = Map.of("KABAR_FEEDS_POLL_INTERVAL", "1s");

    @TempDir
    Path state;

    private FeedSite site;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite();
        site.article("/berita/jembatan", "Jembatan Gantung Sukamaju Diresmikan", "Kabar Contoh", "2026-03-02",
                "SUKAMAJU, Kabar Contoh - Jembatan gantung sepanjang 85 meter yang menghubungkan Desa Sukamaju dan "
                        + "Desa Mekarsari diresmikan pada Senin oleh bupati setelah dibangun selama tujuh bulan.",
                "Jembatan itu menggantikan rakit bambu yang selama puluhan tahun dipakai warga untuk menyeberangi "
                        + "sungai, terutama oleh anak-anak yang bersekolah di desa seberang.",
                "Kepala desa mengatakan jembatan tersebut dibiayai dana desa dan bantuan provinsi senilai Rp 2,4 miliar.");
        site.article("/berita/padi", "Panen Padi Mekarsari Naik", "Kabar Contoh", "2026-03-01",
                "MEKARSARI, Kabar Contoh - Hasil panen padi di Desa Mekarsari tahun ini mencapai 6,2 ton per hektare, "
                        + "naik dibanding tahun lalu yang hanya 5,1 ton per hektare.",
                "Kelompok tani setempat menyebut kenaikan itu berkat saluran irigasi baru dan bibit unggul yang "
                        + "dibagikan dinas pertanian kepada para petani pada awal musim tanam.");
        serveFeed(false);
        Kabar kabar = new Kabar(Map.of("KABAR_STATE_PATH", state.toString(), "KABAR_FETCH_ALLOW_PRIVATE", "true"),
                Path.of("").toAbsolutePath());
        assertThat(kabar.following(null).follow(site.base() + "/feed.xml").problem()).isEmpty();
    }

    private void serveFeed(boolean withSchool) {
        String school = withSchool ? item("/berita/sekolah", "Sekolah Baru Dibuka") : "";
        site.serve("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Kabar Contoh</title>" + school + item("/berita/jembatan", "Jembatan")
                + item("/berita/padi", "Padi") + "</channel></rss>");
    }

    private String item(String path, String title) {
        return "<item><title>" + title + "</title><link>" + site.base() + path + "</link><guid>" + path + "</guid></item>";
    }

    @AfterEach
    void stop() {
        site.close();
        http.close();
    }

    private JsonNode ask(LiveServer kabar, String question) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(kabar.url("/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("question", question)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** Waits for the poll after the one under way: then every poll before it has finished. */
    private void awaitNextPoll() throws InterruptedException {
        assertThat(site.awaitRequests("/feed.xml", site.requestsOf("/feed.xml") + 2, WAIT)).isTrue();
    }

    @Test
    void should_answer_from_a_followed_feed_take_a_new_item_and_store_nothing_twice_after_a_restart() throws Exception {
        int before;
        try (LiveServer kabar = new LiveServer(state, ENV)) {
            awaitNextPoll();
            JsonNode bridge = ask(kabar, "Berapa panjang jembatan gantung di Desa Sukamaju?");
            assertThat(bridge.get("grounded").asBoolean()).as(bridge.toString()).isTrue();
            assertThat(bridge.get("answer").asText()).contains("85 meter");
            assertThat(bridge.get("citations").get(0).get("outlet").asText()).isEqualTo("Kabar Contoh");

            site.article("/berita/sekolah", "Sekolah Dasar Baru Dibuka di Sukamaju", "Kabar Contoh", "2026-03-03",
                    "SUKAMAJU, Kabar Contoh - Sebuah sekolah dasar negeri baru dengan enam ruang kelas dibuka di Desa "
                            + "Sukamaju pada Selasa dan langsung menerima 140 murid pada tahun ajaran pertamanya.",
                    "Sekolah itu dibangun di atas tanah wakaf warga dan dilengkapi perpustakaan serta lapangan olahraga "
                            + "yang juga boleh dipakai warga desa pada sore hari.");
            serveFeed(true);
            assertThat(site.awaitRequests("/berita/sekolah", 1, WAIT)).isTrue();
            awaitNextPoll();
            JsonNode school = ask(kabar, "Berapa murid yang diterima sekolah dasar baru di Sukamaju?");
            assertThat(school.get("grounded").asBoolean()).as(school.toString()).isTrue();
            assertThat(school.get("answer").asText()).contains("140");
            before = kabar.library.store().articles().size();
        }

        try (LiveServer again = new LiveServer(state, ENV)) {
            awaitNextPoll();
            assertThat(again.library.store().articles()).hasSize(before);
        }
        assertThat(site.requestsOf("/berita/jembatan")).isEqualTo(1);
        assertThat(site.requestsOf("/berita/sekolah")).isEqualTo(1);
        Feed feed = new FeedBook(state).all().get(0);
        assertThat(feed.articles()).isEqualTo(3);
        assertThat(feed.error()).isEmpty();
    }
}
