package dev.kabar.bench;

import dev.kabar.chat.FrontDoor;
import dev.kabar.chat.Question;
import java.util.Arrays;
import java.util.List;

/**
 * Warm, single-threaded briefing latency: topics of three content words drawn from the corpus's
 * own passages, and briefings on the whole collection.
 */
final class BriefingBench {

    /** Latency of topic briefings and of whole-collection briefings. */
    record Figures(LatencyStats topic, LatencyStats whole) {

        String line(String corpus) {
            return String.format("%-14s briefing: topic p50 %.1f ms, p99 %.1f ms (n=%d); whole collection p50 %.1f ms,"
                    + " p99 %.1f ms (n=%d)", corpus, topic.p50(), topic.p99(), topic.count(), whole.p50(), whole.p99(),
                    whole.count());
        }

        Json json() {
            return new Json(topic.p50(), topic.p99(), topic.count(), whole.p50(), whole.p99(), whole.count());
        }
    }

    /** The figures' JSON shape. */
    record Json(double topicP50Ms, double topicP99Ms, int topicCount, double wholeP50Ms, double wholeP99Ms,
            int wholeCount) {}

    private BriefingBench() {}

    static Figures run(FrontDoor briefer, List<String> questions, int count) {
        List<String> topics = questions.stream().map(BriefingBench::topicOf).filter(t -> !t.isBlank()).toList();
        int warm = Math.max(5, count / 5);
        for (int i = 0; i < warm; i++) {
            briefer.brief(Question.of(topics.get(i % topics.size())));
            briefer.brief(Question.of(""));
        }
        long[] topic = new long[count];
        for (int i = 0; i < count; i++) {
            topic[i] = timed(briefer, topics.get((warm + i) % topics.size()));
        }
        long[] whole = new long[Math.max(5, count / 5)];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = timed(briefer, null);
        }
        return new Figures(LatencyStats.of(topic), LatencyStats.of(whole));
    }

    private static long timed(FrontDoor briefer, String topic) {
        long t0 = System.nanoTime();
        briefer.brief(Question.of(topic));
        return System.nanoTime() - t0;
    }

    /** "Apa a b c d e" → "a b c": the question word dropped, three content words kept. */
    private static String topicOf(String question) {
        String[] words = question.strip().split("\\s+");
        int from = words.length > 1 && words[0].equals("Di") ? 2 : 1;
        return String.join(" ", Arrays.copyOfRange(words, Math.min(from, words.length), Math.min(from + 3, words.length)));
    }
}
