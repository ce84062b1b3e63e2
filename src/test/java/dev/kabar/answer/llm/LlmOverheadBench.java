package dev.kabar.answer.llm;

import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.Fixtures;
import dev.kabar.answer.check.CitationCheck;
import dev.kabar.answer.extractive.ExtractiveComposer;
import dev.kabar.answer.extractive.ExtractiveSettings;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import dev.kabar.text.SentenceSplitter;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a unit test: kabar's own overhead around a model call — retrieval, prompt building and the
 * citation check — per question, on the bundled corpus, with the draft fetched over real HTTP from
 * the fake OpenAI-compatible server (the HTTP round trip itself is not counted). Run from the
 * project root after {@code ./mvnw -q -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.kabar.answer.llm.LlmOverheadBench [N]}
 * where {@code target/cp.txt} comes from {@code ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class LlmOverheadBench {

    private static final List<String> QUESTIONS = List.of(
            "Kapan pakta pertahanan Rusia-Korea Utara ditandatangani?", "Apa kata Jepang tentang pakta itu?",
            "Di mana Putin dan Kim Jong-un bertemu?", "What did South Korea say about the pact?",
            "Apa isi pasal 4 perjanjian itu?", "Bagaimana tanggapan Amerika Serikat?",
            "Siapa yang menandatangani perjanjian kemitraan strategis?", "Apa kata China?");

    private LlmOverheadBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path home = Path.of("").toAbsolutePath();
        Path index = Files.createTempDirectory("kabar-overhead");
        AliasTable aliases = AliasTable.load(home.resolve("config/aliases.txt"), home.resolve("data/corpus-aliases.txt"));
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                Library library = new Kabar(Map.of(), home).open(new LibraryRequest(null, index, null, false), p -> {})) {
            LlmSettings s = new LlmSettings(LlmSettings.Provider.OPENAI, server.baseUrl(), "fake", "", Duration.ofSeconds(5),
                    0, Duration.ZERO, 0);
            AnswerComposer extractive = new ExtractiveComposer(aliases, ExtractiveSettings.defaults(), Fixtures.MODELS);
            LlmComposer.Models models = LlmComposer.Models.of(s);
            LlmComposer composer = new LlmComposer(s, models, extractive, new CitationCheck(aliases));
            int warmup = Math.max(200, n / 4);
            long[] nanos = new long[n];
            long[] retrieval = new long[n];
            long[] check = new long[n];
            for (int i = -warmup; i < n; i++) {
                String q = QUESTIONS.get(Math.floorMod(i, QUESTIONS.size()));
                Language language = Language.detect(q);
                long t0 = System.nanoTime();
                List<Hit> hits = library.retriever().search(q, 8);
                long tr = System.nanoTime();
                ChatRequest request = composer.request(q, language, hits);
                long t1 = System.nanoTime();
                server.then(new FakeOpenAiServer.Text(draft(hits)));
                String draft = models.chat().chat(request).aiMessage().text();
                long t2 = System.nanoTime();
                composer.checked(draft, language, hits);
                long t3 = System.nanoTime();
                if (i >= 0) {
                    nanos[i] = (t1 - t0) + (t3 - t2);
                    retrieval[i] = tr - t0;
                    check[i] = t3 - t2;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(retrieval);
            Arrays.sort(check);
            System.out.printf(Locale.ROOT, "  of which retrieval p50 %.3f ms p99 %.3f ms; check p50 %.3f ms p99 %.3f ms%n",
                    ms(retrieval[n / 2]), ms(retrieval[(int) (n * 0.99)]), ms(check[n / 2]), ms(check[(int) (n * 0.99)]));
            System.out.printf(Locale.ROOT, "llm overhead (retrieval + prompt + check), %d questions: p50 %.3f ms,"
                    + " p99 %.3f ms, max %.3f ms%n", n, ms(nanos[n / 2]), ms(nanos[(int) (n * 0.99)]), ms(nanos[n - 1]));
        }
    }

    /** A plausible draft: the top passages' first sentences, cited, plus a cited invention for the check to drop. */
    private static String draft(List<Hit> hits) {
        StringBuilder sb = new StringBuilder();
        SentenceSplitter splitter = new SentenceSplitter();
        for (int i = 0; i < Math.min(3, hits.size()); i++) {
            String first = splitter.sentences(hits.get(i).passage().text()).getFirst();
            sb.append(first, 0, first.length() - 1).append(" [").append(i + 1).append("]. ");
        }
        return sb.append("Pakta itu berlaku 77 tahun [9].").toString();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
