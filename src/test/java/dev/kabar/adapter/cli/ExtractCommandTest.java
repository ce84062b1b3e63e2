package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.ingestion.ArticleCleaner;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.FurnitureCleanedExtractor;
import dev.kabar.ingestion.extract.JsoupArticleExtractor;
import dev.kabar.ingestion.extract.PageRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar extract} end to end: saved pages in a temp dir, captured streams, exit codes. */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LibraryOpener NO_LIBRARY = (request, progress) -> {
        throw new IllegalStateException("extract must not open the library");
    };

    @TempDir
    Path tmp;

    private record Run(int code, List<String> out, List<String> err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader("")), false);
        ExtractCommand extract = new ExtractCommand(() -> new FurnitureCleanedExtractor(
                new JsoupArticleExtractor(PageRules.defaults()),
                new ArticleCleaner(FurnitureRules.load(Path.of("config/furniture.txt")))), AddressPolicy.PUBLIC_ONLY, io);
        int code = KabarCli.create(NO_LIBRARY, io, extract).execute(args);
        return new Run(code, out.toString().lines().toList(), err.toString().lines().toList());
    }

    private Path fixture(String name) throws IOException {
        Path file = tmp.resolve(name);
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/dev/kabar/ingestion/extract/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void should_print_one_json_line_per_source_with_every_field_when_all_sources_are_read() throws IOException {
        Path kompas = fixture("kompas-style.html");
        Path liputan = fixture("liputan6-style.html");

        Run r = run("extract", "--json", kompas.toString(), liputan.toString());

        assertThat(r.code()).isEqualTo(KabarCli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).hasSize(2);
        JsonNode first = JSON.readTree(r.out().get(0));
        assertThat(first.properties()).extracting(e -> e.getKey())
                .containsExactly("source", "url", "title", "text", "byline", "published", "outlet", "language");
        assertThat(first.get("source").asText()).isEqualTo(kompas.toString());
        assertThat(first.get("published").asText()).isEqualTo("2026-03-05T14:20:00+07:00");
        assertThat(first.get("byline").asText()).isEqualTo("Rina Lestari, Budi Santoso");
        assertThat(first.get("text").asText()).contains("\n\n").doesNotContain("Baca juga");
        assertThat(JSON.readTree(r.out().get(1)).get("outlet").asText()).isEqualTo("liputan6.com");
    }

    @Test
    void should_give_null_for_what_the_page_does_not_say() throws IOException {
        Path bare = tmp.resolve("bare.html");
        Files.writeString(bare, "<html><body><p>" + "Kalimat panjang tentang sebuah peristiwa di kota kecil. ".repeat(5)
                + "</p></body></html>");

        JsonNode o = JSON.readTree(run("extract", "--json", bare.toString()).out().getFirst());

        assertThat(o.get("url").isNull()).isTrue();
        assertThat(o.get("byline").isNull()).isTrue();
        assertThat(o.get("published").isNull()).isTrue();
        assertThat(o.get("outlet").isNull()).isTrue();
        assertThat(o.get("text").asText()).startsWith("Kalimat panjang");
    }

    @Test
    void should_report_each_failed_source_on_stdout_and_stderr_and_exit_2() throws IOException {
        Path good = fixture("english-style.html");
        Path notHtml = Files.writeString(tmp.resolve("data.html"), "{\"id\": 1, \"text\": \"json, not a page\"}");
        Path empty = Files.writeString(tmp.resolve("empty.html"), "");
        Path huge = tmp.resolve("huge.html");
        Files.write(huge, ("<p>" + "x".repeat(1000) + "</p>\n").repeat(6000).getBytes());
        Path noArticle = Files.writeString(tmp.resolve("menu.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        String missing = tmp.resolve("missing.html").toString();

        Run r = run("extract", "--json", good.toString(), notHtml.toString(), empty.toString(), huge.toString(),
                noArticle.toString(), missing, "http://127.0.0.1:1/x");

        assertThat(r.code()).isEqualTo(KabarCli.RUNTIME);
        assertThat(r.out()).hasSize(7);
        assertThat(JSON.readTree(r.out().getFirst()).has("text")).isTrue();
        for (String line : r.out().subList(1, 7)) {
            JsonNode o = JSON.readTree(line);
            assertThat(o.properties()).extracting(e -> e.getKey()).containsExactly("source", "error");
        }
        assertThat(r.err()).hasSize(6).allSatisfy(line -> assertThat(line).startsWith("kabar: "));
        assertThat(String.join("\n", r.err())).contains("not an HTML page", "empty page", "page too large",
                "no article text", "no such file", "private or local address");
    }

    @Test
    void should_print_a_readable_summary_without_json() throws IOException {
        Path page = fixture("detik-style.html");

        Run r = run("extract", page.toString());

        assertThat(r.code()).isEqualTo(KabarCli.OK);
        assertThat(String.join("\n", r.out())).contains("title:     Jalur Kereta Baru", "published: 2026-03-05T14:20:00+07:00",
                "outlet:    detikNews", "language:  id", "paragraphs");
    }

    @Test
    void should_be_a_usage_error_without_a_source() {
        Run r = run("extract");

        assertThat(r.code()).isEqualTo(KabarCli.USAGE);
        assertThat(r.err()).singleElement().asString().contains("SOURCE");
    }
}
