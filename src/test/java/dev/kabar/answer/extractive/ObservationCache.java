package dev.kabar.answer.extractive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps {@link SentenceTrainer}'s observations in a tab-separated file (question, sentence,
 * comma-separated features; one line per sentence) so a refit need not re-run the evaluation.
 */
final class ObservationCache {

    private ObservationCache() {}

    /** The cached observations when {@code file} exists, else {@code compute}'s (written to {@code file} if given). */
    static Map<String, SentenceChooser.Observation> load(String file,
            Supplier<Map<String, SentenceChooser.Observation>> compute) throws IOException {
        if (file != null && Files.exists(Path.of(file))) {
            return read(Path.of(file));
        }
        Map<String, SentenceChooser.Observation> seen = compute.get();
        if (file != null) {
            write(Path.of(file), seen);
        }
        return seen;
    }

    private static void write(Path file, Map<String, SentenceChooser.Observation> seen) throws IOException {
        List<String> lines = new ArrayList<>();
        seen.forEach((question, o) -> {
            for (int k = 0; k < o.texts().size(); k++) {
                String features = Arrays.stream(o.features().get(k)).mapToObj(Double::toString)
                        .collect(Collectors.joining(","));
                lines.add(flat(question) + "\t" + flat(o.texts().get(k)) + "\t" + features);
            }
        });
        Files.write(file, lines);
    }

    private static Map<String, SentenceChooser.Observation> read(Path file) throws IOException {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t", -1);
            rows.computeIfAbsent(parts[0], q -> new ArrayList<>()).add(parts);
        }
        Map<String, SentenceChooser.Observation> seen = new LinkedHashMap<>();
        rows.forEach((question, parts) -> seen.put(question, new SentenceChooser.Observation(question,
                parts.stream().map(p -> p[1]).toList(),
                parts.stream().map(p -> Arrays.stream(p[2].split(",")).mapToDouble(Double::parseDouble).toArray())
                        .toList())));
        return seen;
    }

    private static String flat(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
