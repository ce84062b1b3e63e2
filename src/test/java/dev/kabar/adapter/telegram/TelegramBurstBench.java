package dev.kabar.adapter.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Burst load on the Telegram path: the fake Bot API receives {@code updates} questions in
 * {@code bursts} equal bursts spread evenly over {@code seconds}, each from its own chat, and the
 * real bot (long polling, bundled corpus, no model) answers them. Reports lost and duplicated
 * answers (each chat must get exactly one) and, per update, the latency from the fake handing it
 * out of getUpdates to its sendMessage, and from it being queued (includes waiting for the poll).
 * Usage: {@code TelegramBurstBench [updates=2000] [bursts=20] [seconds=60]}; {@code 2000 1 0} is one burst.
 */
public final class TelegramBurstBench {

    private TelegramBurstBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int bursts = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        List<String> questions = questions();
        Path tmp = Files.createTempDirectory("kabar-tg-burst");
        try (Library library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                        .open(new LibraryRequest(null, tmp.resolve("index"), null, false), m -> {});
                FakeBotApi api = new FakeBotApi()) {
            TelegramSettings settings = new TelegramSettings("1:burst", api.url(), tmp.resolve("offset"), 1_000_000,
                    Set.of(), Set.of(), "https://kabar.example", Duration.ZERO);
            try (TelegramBot bot = TelegramBot.connect(library, settings, Clock.systemUTC())) {
                bot.startPolling();
                Updates updates = new Updates();
                warmUp(api, updates, questions);
                long heapBefore = heapAfterGc();
                long t0 = System.nanoTime();
                Map<Long, long[]> queuedAt = send(api, updates, questions, n, bursts, seconds);
                long chats = n;
                api.await(calls -> calls.stream().filter(c -> c.method().equals("sendmessage")
                        && c.chatId() >= 1_000_000).count() >= chats, Duration.ofSeconds(seconds + 600L));
                double wall = (System.nanoTime() - t0) / 1e9;
                api.awaitPolls(api.polls().size() + 2, Duration.ofSeconds(10)); // any repeat would show by now
                report(api, queuedAt, n, bursts, seconds, wall);
                System.out.printf(Locale.ROOT, "heap after GC: %.1f MB after warm-up, %.1f MB after the run "
                        + "(the fake Bot API keeps every call it received)%n", heapBefore / 1e6, heapAfterGc() / 1e6);
            }
        }
    }

    private static void warmUp(FakeBotApi api, Updates updates, List<String> questions) throws Exception {
        for (int i = 0; i < 300; i++) {
            api.enqueue(updates.text(500 + i % 50, questions.get(i % questions.size())));
        }
        api.await(calls -> calls.stream().filter(c -> c.method().equals("sendmessage")).count() >= 300,
                Duration.ofMinutes(5));
    }

    /** Queues the updates in bursts; returns chat → {update id, when it was queued (nanoTime)}. */
    private static Map<Long, long[]> send(FakeBotApi api, Updates updates, List<String> questions, int n, int bursts,
            int seconds) throws InterruptedException {
        Map<Long, long[]> queuedAt = new java.util.concurrent.ConcurrentHashMap<>();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        int per = (int) Math.ceil(n / (double) bursts);
        long gapMs = bursts <= 1 ? 0 : seconds * 1000L / bursts;
        for (int b = 0; b < bursts; b++) {
            int from = b * per;
            int to = Math.min(n, from + per);
            pacer.schedule(() -> {
                for (int i = from; i < to; i++) {
                    var u = updates.text(1_000_000 + i, questions.get(i % questions.size()));
                    queuedAt.put(1_000_000L + i, new long[] {u.path("update_id").asLong(), System.nanoTime()});
                    api.enqueue(u);
                }
            }, b * gapMs, TimeUnit.MILLISECONDS);
        }
        pacer.shutdown();
        pacer.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return queuedAt;
    }

    private static void report(FakeBotApi api, Map<Long, long[]> queuedAt, int n, int bursts, int seconds,
            double wall) {
        Map<Long, List<FakeBotApi.Call>> byChat = new HashMap<>();
        api.calls("sendMessage").stream().filter(c -> c.chatId() >= 1_000_000)
                .forEach(c -> byChat.computeIfAbsent(c.chatId(), k -> new ArrayList<>()).add(c));
        long lost = n - byChat.size();
        long duplicated = byChat.values().stream().filter(l -> l.size() > 1).count();
        List<Double> fromDelivery = new ArrayList<>();
        List<Double> fromQueue = new ArrayList<>();
        queuedAt.forEach((chat, idAndTime) -> {
            List<FakeBotApi.Call> sent = byChat.get(chat);
            if (sent != null) {
                fromDelivery.add((sent.getFirst().nanos() - api.deliveredAt(idAndTime[0])) / 1e6);
                fromQueue.add((sent.getFirst().nanos() - idAndTime[1]) / 1e6);
            }
        });
        List<Double> service = serviceTimes(api, queuedAt, byChat);
        System.out.printf(Locale.ROOT, "burst bench: %d updates in %d burst(s) over %d s, done in %.1f s "
                + "(%.0f updates/s); lost=%d duplicated=%d%n", n, bursts, seconds, wall, n / wall, lost, duplicated);
        print("getUpdates→sendMessage", fromDelivery);
        print("queued→sendMessage    ", fromQueue);
        print("service per update    ", service);
    }

    /**
     * Time the bot spent on each update alone: from when it could start (handed out, and the
     * previous answer sent — updates are handled in order) to its answer.
     */
    private static List<Double> serviceTimes(FakeBotApi api, Map<Long, long[]> queuedAt,
            Map<Long, List<FakeBotApi.Call>> byChat) {
        List<long[]> doneAndReady = new ArrayList<>();
        queuedAt.forEach((chat, idAndTime) -> {
            List<FakeBotApi.Call> sent = byChat.get(chat);
            if (sent != null) {
                doneAndReady.add(new long[] {sent.getFirst().nanos(), api.deliveredAt(idAndTime[0])});
            }
        });
        doneAndReady.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Double> out = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (long[] d : doneAndReady) {
            out.add((d[0] - Math.max(previous, d[1])) / 1e6);
            previous = d[0];
        }
        return out;
    }

    private static void print(String label, List<Double> values) {
        double[] ms = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n", label,
                ms.length, pct(ms, 0.5), pct(ms, 0.9), pct(ms, 0.99), ms.length == 0 ? 0 : ms[ms.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long heapAfterGc() {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static List<String> questions() throws Exception {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/questions.jsonl"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line).get("question").asText());
            }
        }
        return out;
    }
}
