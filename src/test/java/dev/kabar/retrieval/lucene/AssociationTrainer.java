package dev.kabar.retrieval.lucene;

import dev.kabar.eval.Datasets;
import dev.kabar.eval.QaDataset;
import dev.kabar.eval.QaItem;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Learns {@link Associations}: for each question stem that the question's gold paragraph lacks,
 * which lower-case paragraph stems stand in for it far more often than chance ({@code pencipta} →
 * {@code temu}, {@code meninggal} → {@code wafat}). Support is counted once per distinct paragraph,
 * so twenty questions about one paragraph teach no more than one. Usage (see README "Evaluation"):
 * {@code java -cp target/kabar.jar:target/test-classes dev.kabar.retrieval.lucene.AssociationTrainer
 * TRAIN SKIP OUT}: reads a SQuAD 2.0 file, leaves out its first {@code SKIP} questions (the dev
 * set), writes the table.
 */
public final class AssociationTrainer {

    /** Distinct paragraphs that must show a pair before it is kept. */
    static final int MIN_SUPPORT = 3;
    /** How much likelier than chance the stand-in must be in a paragraph lacking the question's stem. */
    static final double MIN_LIFT = 2.5;
    static final int PER_STEM = 8;

    private AssociationTrainer() {}

    public static void main(String[] args) throws IOException {
        QaDataset data = Datasets.read(Path.of(args[0]));
        // an optional fourth argument names the index stemmer the table is keyed to (index.stemmer)
        IndexStemmer stemmer = args.length > 3 ? IndexStemmer.of(args[3]) : IndexStemmer.LUCENE;
        List<String> lines = new ArrayList<>(List.of("# AssociationTrainer " + Path.of(args[0]).getFileName()
                + " skip " + args[1] + " stemmer " + stemmer.key() + ": question stem, stand-in stem, strength"));
        lines.addAll(learn(data, Integer.parseInt(args[1]), stemmer));
        Files.write(Path.of(args[2]), lines);
        System.out.println((lines.size() - 1) + " pairs written to " + args[2]);
    }

    /** A paragraph's stems: all of them, and those written in lower case at least once. */
    private record Stems(Set<String> all, Set<String> lower) {}

    /** The table's lines, learned from the answerable questions after the first {@code skip}. */
    static List<String> learn(QaDataset data, int skip) {
        return learn(data, skip, IndexStemmer.LUCENE);
    }

    /** As {@link #learn(QaDataset, int)}, the stems those of {@code stemmer}. */
    static List<String> learn(QaDataset data, int skip, IndexStemmer stemmer) {
        Analyzer analyzer = Analyzers.perField(stemmer);
        Map<Integer, Stems> paragraphs = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> missing = new HashMap<>();
        Map<String, Integer> together = new HashMap<>();
        Map<String, Integer> holding = new HashMap<>();
        for (QaItem item : data.items().subList(Math.min(skip, data.items().size()), data.items().size())) {
            Stems para = paragraphs.computeIfAbsent(item.contextId(), c -> {
                Stems stems = stems(data.contexts().get(c), analyzer);
                stems.lower().forEach(p -> holding.merge(p, 1, Integer::sum));
                return stems;
            });
            Set<String> names = names(item.question());
            for (QuestionWords.Word w : QuestionWords.of(QueryText.clean(item.question()), analyzer, 64)) {
                String q = w.stem();
                if (!item.impossible() && !para.all().contains(q) && !names.contains(w.exact())
                        && q.chars().noneMatch(Character::isDigit) && seen.add(item.contextId() + " " + q)) {
                    missing.merge(q, 1, Integer::sum);
                    para.lower().forEach(p -> together.merge(q + " " + p, 1, Integer::sum));
                }
            }
        }
        return table(paragraphs.size(), missing, together, holding);
    }

    private static List<String> table(int n, Map<String, Integer> missing, Map<String, Integer> together,
            Map<String, Integer> holding) {
        Map<String, List<String[]>> byStem = new HashMap<>();
        together.forEach((pair, count) -> {
            String[] qp = pair.split(" ");
            double lift = (count / (double) missing.get(qp[0])) / (holding.get(qp[1]) / (double) n);
            if (count >= MIN_SUPPORT && lift >= MIN_LIFT && !qp[0].equals(qp[1])) {
                double strength = count / (double) missing.get(qp[0]);
                byStem.computeIfAbsent(qp[0], k -> new ArrayList<>())
                        .add(new String[] {qp[1], String.format(Locale.ROOT, "%.3f", strength), Double.toString(lift)});
            }
        });
        List<String> lines = new ArrayList<>();
        byStem.keySet().stream().sorted().forEach(q -> byStem.get(q).stream()
                .sorted(Comparator.comparingDouble((String[] a) -> -Double.parseDouble(a[1])).thenComparing(a -> a[0]))
                .limit(PER_STEM)
                .forEach(a -> lines.add(q + "\t" + a[0] + "\t" + a[1])));
        return lines;
    }

    /** Folded words written with a capital after the question's first word: names, which teach nothing general. */
    private static Set<String> names(String question) {
        Set<String> names = new HashSet<>();
        List<Token> tokens = Terms.scan(question);
        for (int i = 1; i < tokens.size(); i++) {
            if (Character.isUpperCase(tokens.get(i).surface().codePointAt(0))) {
                names.add(tokens.get(i).folded());
            }
        }
        return names;
    }

    private static Stems stems(String text, Analyzer analyzer) {
        Set<String> all = new HashSet<>();
        Set<String> lower = new HashSet<>();
        QuestionWords.analyze(analyzer, Fields.TEXT, text, (term, start) -> {
            all.add(term);
            if (Character.isLowerCase(text.codePointAt(start)) && term.chars().noneMatch(Character::isDigit)) {
                lower.add(term);
            }
        });
        return new Stems(all, lower);
    }
}
