package dev.kabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.chat.AskResult;
import dev.kabar.chat.Question;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of {@code kabar add}: the index still opens, answers, and holds what was reported added. */
class KillDuringAddTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void should_leave_an_index_that_opens_and_answers_after_a_kill_during_adds() throws Exception {
        Path state = tmp.resolve("state");
        Path log = tmp.resolve("child.log");
        try (NewsSite site = new NewsSite()) {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.kabar.app.Main", "add"));
            for (int i = 1; i <= 300; i++) {
                command.add(site.url("/seri/" + i).toString());
            }
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("KABAR_STATE_PATH", state.toString());
            pb.environment().put("KABAR_FETCH_ALLOW_PRIVATE", "true");
            pb.environment().remove("KABAR_ADMIN_TOKEN");
            Process child = pb.start();
            try (BufferedReader out = child.inputReader(StandardCharsets.UTF_8)) {
                // read the child's lines as they come (blocking reads); kill it after its fifth add
                List<String> lines = new ArrayList<>();
                int adds = 0;
                for (String line; adds < 5 && (line = out.readLine()) != null; ) {
                    lines.add(line);
                    adds += line.startsWith("added ") ? 1 : 0;
                }
                Files.write(log, lines);
                assertThat(adds).as(String.join("\n", lines)).isGreaterThanOrEqualTo(5);
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                child.waitFor();
            }
        }
        int reported = added(log);
        try (LiveServer kabar = new LiveServer(state, Map.of())) {
            long webArticles = kabar.library.store().articles().stream().filter(a -> a.meta().id().startsWith("web-")).count();
            AskResult answer = kabar.library.door().ask(Question.of("Di mana festival layang-layang digelar?"));

            assertThat(webArticles).isGreaterThanOrEqualTo(reported);
            assertThat(answer.answer().grounded()).isTrue();
        }
    }

    private static int added(Path log) throws Exception {
        return Files.exists(log) ? (int) Files.readAllLines(log).stream().filter(l -> l.startsWith("added ")).count() : 0;
    }
}
