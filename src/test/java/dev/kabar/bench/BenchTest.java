package dev.kabar.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small benchmark run end to end: every figure present, in the order the JSON and the table promise. */
class BenchTest {

    private static final Path HOME = Path.of("").toAbsolutePath();

    @Test
    void should_report_every_corpus_and_its_scaled_copy_when_run() throws Exception {
        List<String> notes = new ArrayList<>();
        Bench.Plan plan = new Bench.Plan(List.of(Path.of("data/articles")), null, 100, List.of(1), 10, 0, 5);

        BenchReport report = new Bench(new Kabar(Map.of(), HOME), notes::add).run(plan);

        JsonNode json = new ObjectMapper().valueToTree(report.json());
        assertThat(json.fieldNames()).toIterable().containsExactly("java", "cores", "maxHeapMb", "corpora");
        JsonNode base = json.get("corpora").get(0);
        assertThat(base.fieldNames()).toIterable().containsExactly("corpus", "replicas", "backend", "articles", "passages",
                "rejected", "inputMb", "indexMs", "indexCpuMs", "indexMb", "passagesPerSecond", "mbPerSecond",
                "peakHeapMb", "rssMb", "latency", "briefing");
        assertThat(base.get("latency").get(0).fieldNames()).toIterable().containsExactly("threads", "questions",
                "askP50Ms", "askP95Ms", "askP99Ms", "askMaxMs", "askPerSecond", "searchP50Ms", "searchP95Ms",
                "searchP99Ms", "searchPerSecond");
        assertThat(base.get("briefing").fieldNames()).toIterable().containsExactly("topicP50Ms", "topicP99Ms",
                "topicCount", "wholeP50Ms", "wholeP99Ms", "wholeCount");
        assertThat(json.get("corpora")).hasSize(2);
        assertThat(json.get("corpora").get(1).get("replicas").asInt()).isGreaterThan(1);
        assertThat(report.lines()).hasSize(6);
        assertThat(report.lines().get(1)).startsWith("corpus               articles  passages");
        assertThat(notes).anyMatch(n -> n.startsWith("measuring 10 questions per thread"));
    }

    @Test
    void should_leave_briefings_out_when_none_are_measured() throws Exception {
        Bench.Plan plan = new Bench.Plan(List.of(), null, 0, List.of(1), 10, 0, 0);

        BenchReport report = new Bench(new Kabar(Map.of(), HOME), n -> {}).run(plan);

        JsonNode row = new ObjectMapper().valueToTree(report.json()).get("corpora").get(0);
        assertThat(row.get("corpus").asText()).isEqualTo("bundled");
        assertThat(row.has("briefing")).isFalse();
    }

    @Test
    void should_refuse_a_plan_that_cannot_be_measured() {
        assertThatThrownBy(() -> new Bench.Plan(List.of(), null, 0, List.of(), 5, 0, 0))
                .hasMessageContaining("--questions must be >= 10");
        assertThatThrownBy(() -> new Bench.Plan(List.of(), null, 0, List.of(0), 10, 0, 0))
                .hasMessage("--threads must be between 1 and 64, got [0]");
        assertThat(new Bench.Plan(List.of(), null, 0, List.of(), 10, 0, 0).threads()).containsExactly(1, 2);
    }
}
