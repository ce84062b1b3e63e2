package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Question;
import dev.kabar.text.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * kabar's added latency per Telegram update on the bundled corpus: from the moment the fake Bot API
 * hands the update out of {@code getUpdates} to the moment the answer's {@code sendMessage} reaches
 * it — parsing, routing, the typing action, answering, rendering and both loopback HTTP calls.
 * Usage: {@code TelegramLatencyBench [questions]}.
 */
public final class TelegramLatencyBench {

    private TelegramLatencyBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<String> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/questions.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                questions.add(json.readTree(line).get("question").asText());
            }
        }
        Path tmp = Files.createTempDirectory("kabar-tg-bench");
        try (Library library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                        .open(new LibraryRequest(null, tmp.resolve("index"), null, false), m -> {});
                FakeBotApi api = new FakeBotApi()) {
            TelegramSettings settings = new TelegramSettings("1:bench", api.url(), tmp.resolve("offset"), 1_000_000,
                    Set.of(), Set.of(), "https://kabar.example", Duration.ZERO);
            try (TelegramBot bot = TelegramBot.connect(library, settings, Clock.systemUTC())) {
                bot.startPolling();
                Updates updates = new Updates();
                run(api, updates, questions, Math.max(500, n / 4));
                double[] ms = run(api, updates, questions, n);
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "update→sendMessage n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n",
                        n, pct(ms, 0.5), pct(ms, 0.9), pct(ms, 0.99), ms[ms.length - 1]);
                double[] inProcess = askAndRender(library, questions, n);
                Arrays.sort(inProcess);
                System.out.printf(Locale.ROOT, "ask+render only  n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n",
                        n, pct(inProcess, 0.5), pct(inProcess, 0.9), pct(inProcess, 0.99),
                        inProcess[inProcess.length - 1]);
            }
        }
    }

    private static double[] run(FakeBotApi api, Updates updates, List<String> questions, int n) throws Exception {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long chat = 10_000 + i % 500;
            int before = api.sent(chat).size();
            ObjectNode u = updates.text(chat, questions.get(i % questions.size()));
            api.enqueue(u);
            List<FakeBotApi.Call> sent = api.awaitSent(chat, before + 1);
            JsonNode id = u.path("update_id");
            ms[i] = (sent.get(before).nanos() - api.deliveredAt(id.asLong())) / 1e6;
        }
        return ms;
    }

    /** The same questions without Telegram: what the transport adds is the difference. */
    private static double[] askAndRender(Library library, List<String> questions, int n) {
        AnswerRenderer renderer = new AnswerRenderer("https://kabar.example");
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            renderer.answer(library.door().ask(Question.of(questions.get(i % questions.size())).in("b" + i % 500)), Language.ID);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
