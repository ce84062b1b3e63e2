package dev.kabar.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.app.Kabar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hostile cases through the command line: {@code ask} on standard input and as an argument, {@code search}. */
class HostileCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KabarCli.Io io = new KabarCli.Io(new PrintWriter(out), new PrintWriter(err),
                () -> new BufferedReader(new StringReader(stdin)), false);
        String[] all = Stream.concat(Stream.of(args[0], "--index", tmp.resolve("index").toString()),
                Stream.of(args).skip(1)).toArray(String[]::new);
        int code = KabarCli.create(new Kabar(Map.of(), Path.of("").toAbsolutePath()), io).execute(all);
        Leaks.assertNoStackTrace("stdout", out.toString());
        Leaks.assertNoStackTrace("stderr", err.toString());
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_answer_or_refuse_every_case_on_its_own_json_line_when_read_from_standard_input() throws IOException {
        List<HostileCase> cases = HostileCorpus.all().stream().filter(c -> !c.oneLine().isBlank()).toList();
        String stdin = cases.stream().map(HostileCase::oneLine).collect(Collectors.joining("\n"));

        Run r = run(stdin, "ask", "--json");

        assertThat(r.code()).isEqualTo(KabarCli.USAGE); // some cases are over the length limit
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            HostileCase c = cases.get(i);
            assertThat(outcome(JSON.readTree(lines.get(i)))).as(c.id()).isIn(HostileQuestionTest.expected(c));
        }
    }

    static Stream<HostileCase> sample() {
        return HostileCorpus.all().stream().filter(c -> Math.floorMod(c.id().hashCode(), 8) == 0);
    }

    @ParameterizedTest
    @MethodSource("sample")
    void should_exit_0_or_1_with_one_line_when_asked_as_an_argument(HostileCase c) throws IOException {
        Run r = run("", "ask", "--json", "--", c.text());

        if (c.refusedAsQuestion()) {
            assertThat(r.code()).as(c.id()).isEqualTo(KabarCli.USAGE);
            assertThat(r.err().lines()).as(c.id()).hasSize(1).allMatch(l -> l.startsWith("kabar: "));
        } else {
            assertThat(r.code()).as(c.id() + ": " + r.err()).isZero();
            assertThat(outcome(JSON.readTree(r.out()))).as(c.id()).isIn(HostileQuestionTest.expected(c));
        }
    }

    @ParameterizedTest
    @MethodSource("sample")
    void should_list_passages_or_refuse_with_one_line_when_searched(HostileCase c) {
        Run r = run("", "search", "--json", "--", c.text());

        if (c.refusedAsQuestion()) {
            assertThat(r.code()).as(c.id()).isEqualTo(KabarCli.USAGE);
            assertThat(r.err().lines()).as(c.id()).hasSize(1).allMatch(l -> l.startsWith("kabar: "));
        } else {
            assertThat(r.code()).as(c.id() + ": " + r.err()).isZero();
            assertThat(r.out().strip()).as(c.id()).startsWith("[").endsWith("]");
        }
    }

    private static String outcome(JsonNode line) {
        if (line.has("error")) {
            String message = line.get("message").asText();
            return message.contains("empty") ? "empty" : message.contains("limit") ? "too_long" : line.toString();
        }
        return line.get("grounded").asBoolean() ? "answered" : "declined";
    }
}
