package dev.kabar.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hostile-input corpus: the hand-written cases in {@code hostile/text-cases.jsonl} plus the
 * ones too big or too random to write by hand, generated here from a fixed seed.
 */
final class HostileCorpus {

    /** question.max-chars in config/kabar.properties. */
    static final int MAX_QUESTION = 2_000;

    /** Text that would look like a leak if it came back: no case may contain it. */
    static final List<String> LEAK_MARKERS = List.of("Exception", "at dev.kabar", ".java:", "\tat ");

    private static final List<HostileCase> ALL = load();

    private HostileCorpus() {}

    static List<HostileCase> all() {
        return ALL;
    }

    private static List<HostileCase> load() {
        List<HostileCase> cases = new ArrayList<>(readResource());
        cases.addAll(generated());
        for (HostileCase c : cases) {
            if (LEAK_MARKERS.stream().anyMatch(c.text()::contains)) {
                throw new IllegalStateException("case " + c.id() + " contains a leak marker");
            }
        }
        return List.copyOf(cases);
    }

    private static List<HostileCase> readResource() {
        ObjectMapper json = new ObjectMapper();
        List<HostileCase> cases = new ArrayList<>();
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/text-cases.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = json.readTree(line);
                cases.add(new HostileCase(n.get("id").asText(), n.get("ask").asText(), n.get("article").asText(),
                        n.get("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static List<HostileCase> generated() {
        Random random = new Random(8);
        String words = IntStream.range(0, 200_000).mapToObj(i -> "kata" + random.nextInt(1000))
                .collect(Collectors.joining(" "));
        List<HostileCase> cases = new ArrayList<>(List.of(
                new HostileCase("huge-1mb", "too_long", "indexed", words.substring(0, 1_000_000)),
                new HostileCase("huge-100k", "too_long", "indexed", words.substring(0, 100_000)),
                new HostileCase("huge-word-50k", "too_long", "indexed", "x".repeat(50_000)),
                new HostileCase("limit-exact", "any", "indexed", "pakta ".repeat(400).strip().substring(0, MAX_QUESTION)),
                new HostileCase("limit-plus-1", "too_long", "indexed", "y".repeat(MAX_QUESTION + 1)),
                new HostileCase("limit-padded", "declined", "indexed", "   " + "z".repeat(MAX_QUESTION) + "\n\t "),
                new HostileCase("emoji-flood", "too_long", "indexed", "\uD83D\uDE00".repeat(MAX_QUESTION)),
                new HostileCase("every-c0", "declined", "indexed", codePoints(0x01, 0x20) + "x"),
                new HostileCase("every-c1", "declined", "indexed", codePoints(0x7f, 0xa0) + "x"),
                new HostileCase("every-bidi", "declined", "indexed",
                        "a" + codePoints(0x202a, 0x202f) + codePoints(0x2066, 0x206a) + "b")));
        for (int i = 0; i < 6; i++) {
            cases.add(new HostileCase("random-bmp-" + i, "declined", "indexed", randomText(random, 300)));
        }
        return cases;
    }

    private static String codePoints(int from, int toExclusive) {
        StringBuilder sb = new StringBuilder();
        IntStream.range(from, toExclusive).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Any UTF-16 unit except letters and digits of Latin script, lone surrogates included. */
    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder("r");
        while (sb.length() < length) {
            char c = (char) random.nextInt(0x10000);
            if (c >= 0x80 || !Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
