package dev.kabar.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: real corpus files, a real index in a temp dir, captured streams. */
class KabarCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader(stdin)), false);
        String[] withIndex = new String[args.length + 2];
        System.arraycopy(args, 0, withIndex, 0, args.length);
        boolean opensLibrary = args.length > 0 && !args[0].startsWith("-") && !args[0].equals("help");
        int n = opensLibrary ? args.length + 2 : args.length;
        if (opensLibrary) {
            withIndex[args.length] = "--index";
            withIndex[args.length + 1] = tmp.resolve("index").toString();
        }
        String[] finalArgs = java.util.Arrays.copyOf(withIndex, n);
        int code = KabarCli.create(new Kabar(Map.of(), HOME), io).execute(finalArgs);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_print_the_design_result_json_when_asked_with_json() throws IOException {
        Run r = run("", "ask", "--json", "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.fieldNames()).toIterable().contains("question", "language", "answer", "grounded", "citations",
                "composer", "timings");
        assertThat(o.get("grounded").asBoolean()).isTrue();
        assertThat(o.get("language").asText()).isEqualTo("id");
        assertThat(o.get("composer").asText()).isEqualTo("extractive");
        JsonNode c = o.get("citations").get(0);
        assertThat(c.fieldNames()).toIterable().contains("n", "articleId", "title", "outlet", "published",
                "passageId", "text", "quote");
        assertThat(c.get("passageId").asText()).startsWith(c.get("articleId").asText() + "#");
        assertThat(o.get("answer").asText()).contains("[1]");
        assertThat(o.get("timings").has("retrieveMs")).isTrue();
    }

    @Test
    void should_print_a_briefing_as_json_and_as_text() throws IOException {
        Run json = run("", "brief", "--json", "pakta", "pertahanan");

        assertThat(json.code()).as(json.err()).isZero();
        JsonNode o = JSON.readTree(json.out());
        assertThat(o.fieldNames()).toIterable().contains("topic", "language", "found", "keyPoints", "quotes",
                "reactions", "timeline", "differences", "coverage", "citations");
        assertThat(o.get("topic").asText()).isEqualTo("pakta pertahanan");
        assertThat(o.get("citations").get(0).fieldNames()).toIterable().contains("n", "articleId", "title",
                "outlet", "published", "passageId", "text", "quote");

        Run text = run("", "brief");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Ringkasan: seluruh koleksi").contains("Poin utama").contains("Linimasa")
                .contains("Sumber:").contains("[1] ");

        Run nothing = run("", "brief", "qwxzv");
        assertThat(nothing.code()).isZero();
        assertThat(nothing.out()).contains("Tidak ditemukan");
    }

    @Test
    void should_answer_one_json_line_per_stdin_line_and_skip_blank_lines() throws IOException {
        Run r = run("Apa kata Jepang tentang pakta itu?\n\nWhat did NATO say?\nSiapa wali kota Cirebon?\n", "ask",
                "--json");

        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[1]).get("language").asText()).isEqualTo("en");
        assertThat(JSON.readTree(lines[2]).get("grounded").asBoolean()).isFalse();
    }

    @Test
    void should_report_a_too_long_stdin_question_as_an_error_line_and_exit_1() throws IOException {
        Run r = run("x".repeat(2_001) + "\nKapan pakta ditandatangani?\n", "ask", "--json");

        assertThat(r.code()).isEqualTo(KabarCli.USAGE);
        String[] lines = r.out().strip().split("\n");
        assertThat(JSON.readTree(lines[0]).get("error").asText()).isEqualTo("bad_question");
        assertThat(JSON.readTree(lines[1]).has("answer")).isTrue();
    }

    @Test
    void should_exit_1_with_one_line_when_the_question_is_blank() {
        Run r = run("", "ask", "   ");

        assertThat(r.code()).isEqualTo(KabarCli.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("kabar: "));
    }

    @Test
    void should_exit_1_on_an_unknown_option() {
        Run r = run("", "ask", "--nope", "x");

        assertThat(r.code()).isEqualTo(KabarCli.USAGE);
        assertThat(r.err()).contains("--nope").contains("kabar ask --help");
    }

    @Test
    void should_exit_2_with_an_actionable_line_when_the_corpus_is_missing() {
        Run r = run("", "ask", "--corpus", tmp.resolve("nowhere").toString(), "Apa?");

        assertThat(r.code()).isEqualTo(KabarCli.RUNTIME);
        assertThat(r.err().strip().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("corpus not found").contains("--corpus").doesNotContain("Exception");
    }

    @Test
    void should_reindex_automatically_when_the_corpus_changes() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Banjir di Bekasi\n\nBanjir melanda Bekasi pada Senin (3/3/2025)"
                + " setelah hujan deras semalaman, kata BPBD.\n", StandardCharsets.UTF_8);
        assertThat(run("", "search", "--corpus", corpus.toString(), "banjir").out()).contains("a#1");

        Files.writeString(corpus.resolve("b.txt"), "Gempa di Cianjur\n\nGempa bermagnitudo 5,6 mengguncang Cianjur"
                + " pada Senin siang, menurut BMKG.\n", StandardCharsets.UTF_8);
        Run r = run("", "search", "--corpus", corpus.toString(), "gempa Cianjur");

        assertThat(r.err()).contains("indexing");
        assertThat(r.out()).contains("b#1");
    }

    @Test
    void should_list_sources_and_report_rejected_files_when_indexing() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("c2"));
        Files.writeString(corpus.resolve("ok.txt"), "Judul\n\nIsi berita yang cukup panjang untuk satu bagian.\n");
        Files.write(corpus.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

        Run index = run("", "index", "--corpus", corpus.toString());
        Run sources = run("", "sources", "--corpus", corpus.toString());

        assertThat(index.code()).isZero();
        assertThat(index.out()).contains("1 articles").contains("1 rejected").contains("bad.txt");
        assertThat(sources.out()).contains("ok").contains("1 articles");
    }
}
