package dev.kabar.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.answer.Fixtures;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties every answer keeps, over many generated question, passage and settings combinations. */
class ExtractiveComposerInvariantsTest {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    private static final List<String> SENTENCES = List.of(
            Fixtures.SIGNED, Fixtures.TARIFF, Fixtures.SAID, Fixtures.TARIFF_OTHER_OUTLET, Fixtures.WELCOMED,
            Fixtures.SUMMIT, Fixtures.MISSILES,
            "Baca Juga: Harga Cabai Naik Jelang Lebaran",
            "ADVERTISEMENT",
            "Perjanjian Dagang Baru",
            "“Kami akan memantau pelaksanaannya dengan ketat. Tidak ada pengecualian,” ujar Budi di Jakarta.",
            "Korea Utara menembakkan dua rudal balistik ke Laut Jepang pada Rabu (15/5), kata militer Korsel.",
            "Sebanyak 30 tentara melintasi perbatasan karena cuaca buruk, menurut Yonhap.",
            "Dubes Rusia Georgy Zinoviev mengatakan kerja sama itu tidak ditujukan untuk negara ketiga.");

    private static final List<String> QUESTIONS = List.of(
            "Kapan perjanjian dagang dengan Jepang ditandatangani?", "Siapa yang menandatangani perjanjian?",
            "Berapa produk yang tarifnya diturunkan?", "Apa kata India tentang perjanjian itu?",
            "Mengapa tentara melintasi perbatasan?", "Bagaimana reaksi Jepang?", "Apakah Korea Utara menembakkan rudal?",
            "When did North Korea fire missiles?", "What did the Russian ambassador say?", "Who met Kishida?",
            "Berapa harga beras?", "Di mana Yoon bertemu Kishida?", "apa", "", "[1] ??? (((", "Kapan 2019?",
            "What did Budi say?", "How many soldiers crossed the border?");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void should_keep_citations_consistent_for_generated_inputs(long seed) {
        Random random = new Random(seed);
        int groundedAnswers = 0;
        for (int round = 0; round < 60; round++) {
            ExtractiveSettings settings = randomSettings(random);
            List<Hit> hits = randomHits(random);
            String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            Language language = random.nextBoolean() ? Language.ID : Language.EN;

            Answer answer = new ExtractiveComposer(Fixtures.ALIASES, settings, Fixtures.MODELS).compose(question, language, hits);

            String context = "seed " + seed + " round " + round + ": " + question + " -> " + answer.text();
            // an answer that needs its antecedent sentence ("Hal ini …") may stretch to twice the limit
            assertThat(answer.text()).as(context).isNotBlank()
                    .hasSizeLessThanOrEqualTo(settings.maxAnswerChars() * 2);
            if (hits.isEmpty()) {
                assertThat(answer).as(context).isInstanceOf(Answer.Declined.class);
            }
            if (answer instanceof Answer.Grounded) {
                groundedAnswers++;
                assertCitationsResolve(answer, hits, context);
            } else {
                assertThat(MARKER.matcher(answer.text()).find()).as(context).isFalse();
                assertThat(answer.citations()).as(context).isEmpty();
            }
        }
        assertThat(groundedAnswers).as("the generator must exercise grounded answers too").isPositive();
    }

    private static void assertCitationsResolve(Answer answer, List<Hit> hits, String context) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = MARKER.matcher(answer.text());
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> numbers = answer.citations().stream().map(Citation::n).toList();
        assertThat(numbers).as(context).doesNotHaveDuplicates();
        assertThat(used).as("every [n] has a citation and every citation is used: " + context)
                .containsExactlyElementsOf(new TreeSet<>(numbers));
        assertThat(numbers).as("numbered 1..k: " + context)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(firstUseOrder(answer.text())).as("numbered in order of first use: " + context)
                .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
        for (Citation c : answer.citations()) {
            assertThat(hits).as("cited passage was retrieved: " + context)
                    .anyMatch(h -> h.passage().equals(c.passage()) && h.article().equals(c.article()));
            assertThat(c.passage().text()).as(context).contains(c.quote().substring(0, Math.min(20, c.quote().length())));
        }
    }

    private static List<Integer> firstUseOrder(String text) {
        List<Integer> order = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!order.contains(n)) {
                order.add(n);
            }
        }
        return order;
    }

    private static ExtractiveSettings randomSettings(Random random) {
        ExtractiveSettings d = ExtractiveSettings.defaults();
        return new ExtractiveSettings(1 + random.nextInt(3), 120 + random.nextInt(500), 1 + random.nextInt(6),
                d.minSentenceChars(), random.nextDouble(), random.nextDouble(), d.mergeSimilarity(),
                d.minSecondGain(), random.nextInt(3), d.weights(), random.nextBoolean());
    }

    private static List<Hit> randomHits(Random random) {
        int count = random.nextInt(7);
        List<Hit> hits = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String article = "art-" + random.nextInt(4);
            int ordinal = 1 + random.nextInt(5);
            if (!ids.add(article + "#" + ordinal)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int s = 0, n = 1 + random.nextInt(4); s < n; s++) {
                text.append(s > 0 ? (random.nextBoolean() ? " " : "\n") : "")
                        .append(SENTENCES.get(random.nextInt(SENTENCES.size())));
            }
            hits.add(Fixtures.hit(article, ordinal, text.toString(), 10.0 - i));
        }
        return hits;
    }
}
