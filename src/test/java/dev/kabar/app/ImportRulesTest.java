package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: each framework is imported by its own package only. */
class ImportRulesTest {

    private static final Path MAIN = Path.of("src/main/java/dev/kabar");

    /** Import prefix → the only source folder allowed to use it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("org.apache.lucene", "retrieval/lucene/"),
            Map.entry("dev.langchain4j", "answer/llm/"),
            Map.entry("org.telegram", "adapter/telegram/"),
            Map.entry("io.javalin", "adapter/web/"),
            Map.entry("org.eclipse.jetty", "adapter/web/"),
            Map.entry("picocli", "adapter/cli/"),
            Map.entry("org.jsoup", "ingestion/extract/"),
            Map.entry("jsastrawi", "text/sastrawi/"),
            Map.entry("com.rometools", "feed/rome/"),
            Map.entry("org.apache.solr", "retrieval/solr/"));

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
                        || imp.startsWith("dev.kabar.text")
                        || rel.startsWith("text/sastrawi/") && imp.startsWith("jsastrawi."); // its one library
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
                        || imp.startsWith("dev.kabar.brief.") // its own sub-packages (brief.invariant)
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

    /**
     * A type named by its package in code hides a dependency from the import rules above (and is
     * noise besides): {@code org.apache.lucene.util.QueryBuilder} in a method body, say, or
     * {@code java.util.List.of()}. Comments, Javadoc and strings may name anything.
     */
    @Test
    void should_name_types_by_import_never_by_their_package_in_code() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            String[] lines = codeOnly(Files.readString(file, StandardCharsets.UTF_8)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("import ") || line.startsWith("package ")) {
                    continue;
                }
                Matcher m = QUALIFIED.matcher(line);
                while (m.find()) {
                    violations.add(rel + ":" + (i + 1) + " names " + m.group() + " inline; import it");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** A package path (from a known root) followed by a type name. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jdk|sun|com|org|io|net|dev|picocli)(?:\\.[a-z_][a-z0-9_]*)*\\.[A-Z]\\w*");

    /** The source with comments, string and character literals blanked out, line breaks kept. */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalOrCommentEnd(source, i);
            if (end == i) {
                out.append(source.charAt(i++));
            } else {
                source.substring(i, end).chars().forEach(c -> out.append(c == '\n' ? '\n' : ' '));
                i = end;
            }
        }
        return out.toString();
    }

    /** Where the comment or literal starting at {@code i} ends, or {@code i} when none starts there. */
    private static int literalOrCommentEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl;
        }
        if (s.startsWith("/*", i)) {
            int close = s.indexOf("*/", i + 2);
            return close < 0 ? s.length() : close + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            int close = s.indexOf("\"\"\"", i + 3);
            while (close > 0 && s.charAt(close - 1) == '\\') {
                close = s.indexOf("\"\"\"", close + 1);
            }
            return close < 0 ? s.length() : close + 3;
        }
        char c = s.charAt(i);
        if (c != '"' && c != '\'') {
            return i;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, s.length());
    }

    @Test
    void should_blank_comments_and_strings_but_keep_code_when_reading_source() {
        String code = codeOnly("var a = java.util.List.of(); // java.util.Map\n/** {@link org.x.Y} */ f(\"io.javalin.Z\", '\\'');"
                + " String t = \"\"\"\n  dev.kabar.Q \"\"\"; g(picocli.CommandLine.class);");

        assertThat(QUALIFIED.matcher(code).results().map(m -> m.group()).toList())
                .containsExactly("java.util.List", "picocli.CommandLine");
        assertThat(code.lines()).hasSize(3);
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
