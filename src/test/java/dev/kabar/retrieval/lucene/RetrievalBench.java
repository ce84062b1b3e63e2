package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.text.Terms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Not a unit test: indexing throughput and query latency on a synthetic corpus whose words are
 * drawn from the bundled articles (so term frequencies look like news). Run with the test
 * classpath from the project root: {@code java -Xmx1g -cp target/classes:target/test-classes:<lucene-core,
 * lucene-analysis-common, slf4j-api jars> dev.kabar.retrieval.lucene.RetrievalBench DIR PASSAGES
 * [index-only]}; {@code -Dbench.topics=0} for the single-topic worst case, {@code
 * -Dbench.questions=N} for the number of timed questions. An existing index with the same
 * parameters is reused.
 */
public final class RetrievalBench {

    private static final int PASSAGES_PER_ARTICLE = 5;
    /**
     * Topics of the synthetic archive. One article in a hundred is on the bundled articles' topic
     * and uses their words as they are; every other article's content words carry a suffix of its
     * topic, so (as in a real archive) a question's words occur in a small share of passages. With
     * 0, every passage is on one topic: a pessimistic worst case for query latency.
     */
    private static final int TOPICS = Integer.getInteger("bench.topics", 5_000);

    private RetrievalBench() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int passages = Integer.parseInt(args[1]);
        List<String> words = corpusWords();
        String stamp = "bench-" + passages + "-" + TOPICS;
        if (!LuceneIndexes.isCurrent(root, stamp)) {
            BuildReport report = LuceneIndexes.build(root, stamp, () -> synthetic(words, passages));
            System.out.printf(Locale.ROOT, "indexed %d passages in %.1f s: %.0f passages/s%n",
                    report.passages(), report.elapsed().toMillis() / 1000.0, report.passagesPerSecond());
        }
        if (args.length > 2 && args[2].equals("index-only")) {
            return;
        }
        try (LuceneIndex index = LuceneIndexes.open(root, NewsFixtures.aliases(), Associations.bundled())) {
            List<String> questions = questions(words, new Random(7));
            latency("warm-up", index, questions.subList(0, Math.min(300, questions.size())));
            latency("full", index, questions);
            latency("plain", index.plain(), questions);
        }
    }

    private static void latency(String name, dev.kabar.retrieval.PassageRetriever r, List<String> questions) {
        long[] nanos = new long[questions.size()];
        long worst = 0;
        String worstQuestion = "";
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            r.search(questions.get(i), 10);
            nanos[i] = System.nanoTime() - t;
            if (nanos[i] > worst) {
                worst = nanos[i];
                worstQuestion = questions.get(i);
            }
        }
        Arrays.sort(nanos);
        System.out.println("slowest: " + worstQuestion);
        System.out.printf(Locale.ROOT, "%-8s %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", name,
                nanos.length, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    private static List<String> questions(List<String> words, Random random) {
        List<String> fixed = List.of(
                "What did North Korea and the UN Security Council say about sanctions?",
                "Apa kata Korut tentang sanksi DK PBB?",
                "Siapa Duta Besar Rusia yang dipanggil Kementerian Luar Negeri Korea Selatan?",
                "Kapan Putin dan Kim Jong Un menandatangani perjanjian kemitraan strategis komprehensif?",
                "How did the US State Department react to the defense pact?");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("bench.questions", 2_000); i++) {
            if (i % 4 == 0) {
                out.add(fixed.get(random.nextInt(fixed.size())));
            } else {
                int start = random.nextInt(words.size() - 10);
                int topic = topicOf(random);
                List<String> run = words.subList(start, start + 3 + random.nextInt(6));
                out.add("Apa " + String.join(" ", run.stream().map(w -> onTopic(w, topic)).toList()) + "?");
            }
        }
        return out;
    }

    private static List<String> corpusWords() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.sorted().toList()) {
                for (dev.kabar.text.Token t : Terms.scan(Files.readString(f, StandardCharsets.UTF_8))) {
                    words.add(t.surface());
                }
            }
        }
        return words;
    }

    private static Iterator<Article> synthetic(List<String> words, int passages) {
        Random random = new Random(42);
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < passages;
            }

            @Override
            public Article next() {
                String id = String.format(Locale.ROOT, "bench_%08d", made / PASSAGES_PER_ARTICLE);
                int topic = topicOf(random);
                StringBuilder text = new StringBuilder();
                List<Passage> list = new ArrayList<>();
                for (int p = 1; p <= PASSAGES_PER_ARTICLE && made < passages; p++, made++) {
                    if (!text.isEmpty()) {
                        text.append("\n\n");
                    }
                    int start = text.length();
                    text.append(sentence(words, random, 40 + random.nextInt(40), topic));
                    list.add(Passage.of(id, p, text.substring(start), start, text.length()));
                }
                ArticleMeta meta = new ArticleMeta(id, sentence(words, random, 8, topic), "Bench", "",
                        LocalDate.of(2024, 6, 20), "", "id");
                return new Article(meta, text.toString(), list);
            }
        };
    }

    private static int topicOf(Random random) {
        return TOPICS == 0 || random.nextInt(100) == 0 ? 0 : 1 + random.nextInt(TOPICS);
    }

    private static String onTopic(String word, int topic) {
        if (topic == 0 || word.length() < 4 || dev.kabar.text.StopWords.contains(Terms.fold(word))) {
            return word;
        }
        return word + "q" + Integer.toString(topic, 36);
    }

    private static String sentence(List<String> words, Random random, int length, int topic) {
        int start = random.nextInt(words.size() - length);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // mostly runs of real text, sometimes a jump: realistic phrases, varied passages
            int at = random.nextInt(8) == 0 ? random.nextInt(words.size()) : (start + i) % words.size();
            sb.append(i == 0 ? "" : " ").append(onTopic(words.get(at), topic));
        }
        return sb.append('.').toString();
    }
}
