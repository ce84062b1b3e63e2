package dev.kabar.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.app.Kabar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a unit test: the answer path in process (no HTTP) on the bundled corpus, the golden questions
 * asked in turn on one thread — the service time per answer that bounds the web API. Prints the
 * thread's CPU time per answer (robust when other work shares the machine), the wall-clock mean
 * and p50/p99, and retrieval's p50/p99. Run from the project root after
 * {@code ./mvnw -q -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.kabar.chat.AskBench [N]}
 * ({@code AskBench dump FILE} instead writes every answer, timings aside, to FILE: the golden
 * questions and questions made from each passage's words, to check that a speed-up changed no answer.)
 */
public final class AskBench {

    private AskBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].equals("dump") ? Integer.parseInt(args[0]) : 20_000;
        Path home = Path.of("").toAbsolutePath();
        List<String> questions = questions(home.resolve("src/test/resources/golden/questions.jsonl"));
        Path index = Files.createTempDirectory("kabar-askbench");
        try {
            run(args, n, home, questions, index);
        } finally {
            try (var paths = Files.walk(index)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String[] args, int n, Path home, List<String> questions, Path index) throws Exception {
        try (Library library = new Kabar(Map.of(), home).open(new LibraryRequest(null, index, null, false), p -> {})) {
            FrontDoor asker = library.door();
            if (args.length > 1 && args[0].equals("dump")) {
                dump(asker, library, questions, Path.of(args[1]));
                return;
            }
            for (int i = 0; i < Math.max(5_000, n / 2); i++) {
                asker.ask(Question.of(questions.get(i % questions.size())));
            }
            long[] total = new long[n];
            long[] retrieval = new long[n];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                AskResult r = asker.ask(Question.of(questions.get(i % questions.size())));
                total[i] = System.nanoTime() - t0;
                retrieval[i] = (long) (r.timings().retrieveMs() * 1e6);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
            Arrays.sort(total);
            Arrays.sort(retrieval);
            System.out.printf(Locale.ROOT, "answers=%d answers/s=%.0f cpu/answer=%.3fms mean=%.3fms p50=%.3fms p99=%.3fms"
                    + " retrieval p50=%.3fms p99=%.3fms%n", n, n / seconds, cpuMs, seconds * 1e3 / n,
                    total[n / 2] / 1e6, total[(int) (n * 0.99)] / 1e6, retrieval[n / 2] / 1e6,
                    retrieval[(int) (n * 0.99)] / 1e6);
        }
    }

    private static final List<String> OPENERS = List.of("Apa", "Siapa", "Kapan", "Mengapa", "Bagaimana", "Berapa",
            "Di mana", "What", "When");

    private static void dump(FrontDoor asker, Library library, List<String> golden, Path out) throws Exception {
        List<String> all = new ArrayList<>(golden);
        for (var summary : library.store().articles()) {
            for (var passage : library.store().article(summary.meta().id()).orElseThrow().passages()) {
                List<String> words = dev.kabar.text.Terms.tokens(passage.text());
                for (int o = 0; o < OPENERS.size(); o++) {
                    int from = Math.min(words.size(), 3 * o);
                    all.add(OPENERS.get(o) + " " + String.join(" ", words.subList(from, Math.min(words.size(), from + 6)))
                            + "?");
                }
            }
        }
        List<String> cold = all.stream().map(q -> String.valueOf(library.retriever().search(q, 8))).toList();
        all.forEach(q -> asker.ask(Question.of(q))); // the answers written are the second ones: caches warm
        List<String> warm = all.stream().map(q -> String.valueOf(library.retriever().search(q, 8))).toList();
        System.out.println("hits and scores the same with caches cold and warm: " + cold.equals(warm));
        List<String> lines = new ArrayList<>();
        for (String q : all) {
            ObjectNode json = KabarJson.mapper().valueToTree(ResultJson.of(asker.ask(Question.of(q))));
            json.remove("timings");
            lines.add(json.toString());
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("dumped " + lines.size() + " answers to " + out);
    }

    private static List<String> questions(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line).get("question").asText());
            }
        }
        return out;
    }
}
