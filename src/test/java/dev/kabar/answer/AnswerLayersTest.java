package dev.kabar.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The answer packages follow the pipeline and point one way: the values and ports know no
 * sub-package, question analysis knows no other answer package, and the decline rules know the
 * question but not the composers that apply them.
 */
class AnswerLayersTest {

    private static final Path ANSWER = Path.of("src/main/java/dev/kabar/answer");

    /** Sub-folder ("" for the package itself) → the answer packages its files may not import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "", List.of("question", "extractive", "decline", "check", "llm"),
            "question", List.of("extractive", "decline", "check", "llm"),
            "decline", List.of("extractive", "check", "llm"),
            "extractive", List.of("check", "llm"),
            "check", List.of("extractive", "llm"));

    @Test
    void should_keep_the_answer_packages_pointing_down_the_pipeline() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ANSWER)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path folder = ANSWER.relativize(file).getParent();
                String sub = folder == null ? "" : folder.toString().replace('\\', '/');
                for (String imp : imports(file)) {
                    for (String other : FORBIDDEN.getOrDefault(sub, List.of())) {
                        if (imp.startsWith("dev.kabar.answer." + other + ".")) {
                            violations.add(ANSWER.relativize(file) + " imports " + imp);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static List<String> imports(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> l.startsWith("import "))
                .map(l -> l.substring(7).replace("static ", "").replace(";", "").strip())
                .toList();
    }
}
