package dev.kabar.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.article.Article;
import dev.kabar.chat.Library;
import dev.kabar.chat.Question;
import dev.kabar.retrieval.IndexReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile case as an article: one JSONL line each, one {@code .txt} file each, and the byte
 * cases as files of their own; ingested, indexed and asked through the real composition root.
 */
class HostileArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "Judul berita uji\n\n";

    @TempDir
    static Path tmp;

    private static Library library;

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        List<String> lines = new ArrayList<>();
        for (HostileCase c : HostileCorpus.all()) {
            lines.add(JSON.createObjectNode().put("id", "j-" + c.id()).put("text", c.text()).toString());
            Files.write(corpus.resolve("t-" + c.id() + ".txt"), utf8(TITLE + c.text()));
        }
        Files.write(corpus.resolve("cases.jsonl"), utf8(String.join("\n", lines) + "\n"));
        for (HostileBytes.Case c : HostileBytes.all()) {
            Files.write(corpus.resolve("t-" + c.id() + ".txt"), concat(utf8(TITLE), c.bytes()));
            Files.write(corpus.resolve("j-" + c.id() + ".jsonl"),
                    concat(utf8("{\"id\": \"jb-" + c.id() + "\", \"text\": \""), c.bytes(), utf8("\"}\n")));
        }
        library = Leaks.open(corpus, tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        library.close();
    }

    static Stream<HostileCase> cases() {
        return HostileCorpus.all().stream();
    }

    static Stream<HostileBytes.Case> byteCases() {
        return HostileBytes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_index_or_reject_with_a_reason_when_the_case_is_a_jsonl_line(HostileCase c) {
        int line = HostileCorpus.all().indexOf(c) + 1;
        assertThat(outcome("j-" + c.id(), "cases.jsonl:" + line + ": ")).as(c.id()).isEqualTo(c.article());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_index_or_reject_with_a_reason_when_the_case_is_a_text_file(HostileCase c) {
        // the file's bytes hold a NUL when the text does: refused as a binary file
        String expected = c.text().indexOf('\0') >= 0 ? "rejected" : c.article();
        assertThat(outcome("t-" + c.id(), "t-" + c.id() + ".txt: ")).as(c.id()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("byteCases")
    void should_index_or_reject_with_a_reason_when_the_bytes_are_a_file(HostileBytes.Case c) {
        assertThat(outcome("t-" + c.id(), "t-" + c.id() + ".txt: ")).as(c.id()).isEqualTo(c.article());
        assertThat(outcome("jb-" + c.id(), "j-" + c.id() + ".jsonl")).as(c.id()).isEqualTo(c.article());
    }

    @Test
    void should_keep_no_control_or_bidi_override_character_in_any_stored_text() {
        for (var summary : library.store().articles()) {
            Article a = library.store().article(summary.meta().id()).orElseThrow();
            assertThat(a.text() + a.meta().title()).as(a.meta().id())
                    .doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
        }
    }

    @Test
    void should_answer_or_decline_questions_over_the_hostile_index() {
        for (HostileCase c : HostileCorpus.all()) {
            if (!c.refusedAsQuestion() && Math.floorMod(c.id().hashCode(), 4) == 0) { // a quarter: the rest is asked elsewhere
                var answer = library.door().ask(Question.of(c.text())).answer();
                Leaks.assertNoStackTrace(c.id(), answer.text());
            }
        }
        IndexReport report = library.report();
        assertThat(report.articles()).isPositive();
        assertThat(report.rejected()).allSatisfy(r -> Leaks.assertNoStackTrace("rejection", r));
    }

    /** {@code indexed} when the article is in the store, {@code rejected} when the report names its source with a reason. */
    private static String outcome(String articleId, String sourcePrefix) {
        boolean stored = library.store().article(articleId).isPresent();
        List<String> rejections = library.report().rejected().stream().filter(r -> r.startsWith(sourcePrefix)).toList();
        if (stored == rejections.isEmpty()) {
            return stored ? "indexed" : "rejected";
        }
        return "stored=" + stored + ", rejections=" + rejections;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
