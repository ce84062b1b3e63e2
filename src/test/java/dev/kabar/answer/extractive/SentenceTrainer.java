package dev.kabar.answer.extractive;

import dev.kabar.answer.TrainingRun;
import dev.kabar.answer.decline.DeclineModel;
import dev.kabar.eval.Datasets;
import dev.kabar.eval.Metrics;
import dev.kabar.eval.QaDataset;
import dev.kabar.eval.QaItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Trains {@link SentenceChooser}: runs {@code kabar eval} (hand-weighted order) on a SQuAD-style
 * training split, records the {@link SentenceFeatures} of every sentence that could be an answer's
 * best one, labels it by whether it holds a gold answer, fits a listwise linear model on the questions
 * after the first {@code dev} ones and prints, on the first {@code dev}, how often the top sentence
 * holds the gold answer by hand weights and by the model. Usage (see README "Evaluation"):
 * {@code java -cp target/kabar.jar:target/test-classes dev.kabar.answer.extractive.SentenceTrainer
 * TRAIN DISTRACTORS DEV [OUT]}; {@code -Dsentence.drop=a,b} fits without the named features (their
 * weights stay 0), {@code -Dsentence.gate=G} sets the written coverage gate (0.8; see
 * {@link SentenceChooser}), {@code -Dsentence.cache=FILE} keeps the observations between runs.
 */
public final class SentenceTrainer {

    private SentenceTrainer() {}

    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args[0]);
        int dev = Integer.parseInt(args[2]);
        Map<String, SentenceChooser.Observation> seen = ObservationCache.load(System.getProperty("sentence.cache"),
                () -> observe(dataset, args[1]));
        Set<Integer> dropped = dropped(System.getProperty("sentence.drop", ""));
        List<QaItem> items = Datasets.read(dataset).items();
        Map<String, Long> counts = items.stream()
                .collect(Collectors.groupingBy(i -> i.question().strip(), Collectors.counting()));
        List<ListwiseFit.Group> fit = new ArrayList<>();
        List<ListwiseFit.Group> held = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            QaItem item = items.get(i);
            SentenceChooser.Observation o = seen.get(item.question().strip());
            if (item.impossible() || o == null || counts.get(item.question().strip()) > 1) {
                continue;
            }
            ListwiseFit.Group g = label(o, item.answers(), dropped);
            if (i < dev) {
                held.add(g);
            } else if (anyPositive(g)) {
                fit.add(g);
            }
        }
        double[] w = new ListwiseFit(3000, 0.5, 1e-4).fit(fit);
        int hand = SentenceFeatures.NAMES.indexOf("handScore");
        System.out.printf(Locale.ROOT, "fit on %d questions, dev %d%n", fit.size(), held.size());
        System.out.printf(Locale.ROOT, "dev top sentence holds gold: hand %.3f, model %.3f%n",
                topHolds(held, f -> f[hand]), topHolds(held, f -> ListwiseFit.dot(w, f)));
        System.out.print(describe(w));
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), properties(w));
        }
    }

    /** What the composer's hand-weighted ranking saw for each question, asked as {@code kabar eval} asks it. */
    private static Map<String, SentenceChooser.Observation> observe(Path dataset, String distractors) {
        try {
            return observeOrThrow(dataset, distractors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, SentenceChooser.Observation> observeOrThrow(Path dataset, String distractors)
            throws IOException {
        Path home = Path.of(System.getProperty("kabar.home", ".")).toAbsolutePath();
        QaDataset data = Datasets.read(dataset);
        return TrainingRun.with(data, Path.of(distractors), home, (library, config) -> {
            Map<String, SentenceChooser.Observation> seen = new HashMap<>();
            ExtractiveComposer composer = new ExtractiveComposer(config.aliases(), config.extractive(),
                    new ExtractiveComposer.Models(DeclineModel.bundled(), SentenceChooser.bundled()),
                    o -> seen.putIfAbsent(o.question().strip(), o));
            for (QaItem item : data.items()) {
                TrainingRun.Asked asked = TrainingRun.retrieve(library, config, item.question());
                composer.compose(asked.question(), asked.language(), asked.hits());
            }
            return seen;
        });
    }

    /** Labels each sentence by whether it holds a gold answer; dropped features read 0 (so keep weight 0). */
    static ListwiseFit.Group label(SentenceChooser.Observation o, List<String> golds, Set<Integer> dropped) {
        boolean[] positive = new boolean[o.texts().size()];
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < positive.length; k++) {
            positive[k] = Metrics.containsAny(o.texts().get(k), golds);
            double[] f = o.features().get(k).clone();
            dropped.forEach(i -> f[i] = 0);
            rows.add(f);
        }
        return new ListwiseFit.Group(rows, positive);
    }

    private static Set<Integer> dropped(String names) {
        return Arrays.stream(names.split(",")).filter(n -> !n.isBlank())
                .map(n -> {
                    int i = SentenceFeatures.NAMES.indexOf(n.strip());
                    if (i < 0) {
                        throw new IllegalArgumentException("no feature " + n);
                    }
                    return i;
                })
                .collect(Collectors.toSet());
    }

    private static boolean anyPositive(ListwiseFit.Group g) {
        for (boolean p : g.positive()) {
            if (p) {
                return true;
            }
        }
        return false;
    }

    /** Share of the groups whose highest-valued sentence holds the gold answer. */
    static double topHolds(List<ListwiseFit.Group> groups, ToDoubleFunction<double[]> value) {
        int hits = 0;
        for (ListwiseFit.Group g : groups) {
            int best = 0;
            for (int k = 1; k < g.features().size(); k++) {
                if (value.applyAsDouble(g.features().get(k)) > value.applyAsDouble(g.features().get(best))) {
                    best = k;
                }
            }
            hits += g.positive()[best] ? 1 : 0;
        }
        return groups.isEmpty() ? 0 : (double) hits / groups.size();
    }

    static String describe(double[] w) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            s.append(String.format(Locale.ROOT, "  %-20s %8.3f%n", SentenceFeatures.NAMES.get(i), w[i]));
        }
        return s.toString();
    }

    static String properties(double[] w) {
        StringBuilder s = new StringBuilder("# written by dev.kabar.answer.extractive.SentenceTrainer (README \"Evaluation\")\n");
        s.append("bias=0\ngate=").append(System.getProperty("sentence.gate", "0.8")).append('\n');
        for (int i = 0; i < w.length; i++) {
            s.append("weight.").append(SentenceFeatures.NAMES.get(i)).append('=')
                    .append(String.format(Locale.ROOT, "%.4f", w[i])).append('\n');
        }
        return s.toString();
    }
}
