package dev.kabar.app;

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

/** Dependencies point inward: each framework is imported by its own package only. */
class ImportRulesTest {

    private static final Path MAIN = Path.of("src/main/java/dev/kabar");

    /** Import prefix → the only source folder allowed to use it. */
    private static final Map<String, String> OWNERS = Map.of(
            "org.apache.lucene", "retrieval/lucene/",
            "dev.langchain4j", "answer/llm/",
            "org.telegram", "adapter/telegram/",
            "io.javalin", "adapter/web/",
            "org.eclipse.jetty", "adapter/web/",
            "picocli", "adapter/cli/",
            "org.jsoup", "ingestion/extract/");

    @Test
    void should_keep_framework_imports_in_their_own_packages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            for (String imp : imports(file)) {
                OWNERS.forEach((prefix, owner) -> {
                    if (imp.startsWith(prefix) && !rel.startsWith(owner) && !rel.startsWith("app/")) {
                        violations.add(rel + " imports " + imp);
                    }
                });
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void should_keep_article_and_text_packages_jdk_only() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            if (!rel.startsWith("article/") && !rel.startsWith("text/")) {
                continue;
            }
            for (String imp : imports(file)) {
                boolean ok = imp.startsWith("java.") || imp.startsWith("dev.kabar.article")
                        || imp.startsWith("dev.kabar.text");
                if (!ok) {
                    violations.add(rel + " imports " + imp);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void should_keep_briefings_on_the_jdk_and_the_core_packages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            if (!rel.startsWith("brief/")) {
                continue;
            }
            for (String imp : imports(file)) {
                boolean ok = imp.startsWith("java.") || imp.startsWith("dev.kabar.article") || imp.startsWith("dev.kabar.text")
                        || imp.startsWith("dev.kabar.retrieval.") && !imp.startsWith("dev.kabar.retrieval.lucene")
                        || imp.startsWith("dev.kabar.answer.") && !imp.startsWith("dev.kabar.answer.llm");
                if (!ok) {
                    violations.add(rel + " imports " + imp);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void should_not_let_the_core_import_adapters_or_the_app() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            if (rel.startsWith("adapter/") || rel.startsWith("app/")) {
                continue;
            }
            for (String imp : imports(file)) {
                if (imp.startsWith("dev.kabar.adapter") || imp.startsWith("dev.kabar.app")) {
                    violations.add(rel + " imports " + imp);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> imports(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> l.startsWith("import "))
                .map(l -> l.substring(7).replace("static ", "").replace(";", "").strip())
                .toList();
    }
}
