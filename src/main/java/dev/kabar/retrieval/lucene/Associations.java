package dev.kabar.retrieval.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stems that stand in for a question's stem in the passage that answers it: learned paraphrase
 * ({@code meninggal} ~ {@code wafat}, {@code pendiri} ~ {@code didirikan}) read from a small
 * resource that {@code AssociationTrainer} (test sources) writes, one {@code stem TAB stand-in TAB
 * strength} per line, where strength is the share of training paragraphs lacking the stem that held
 * the stand-in. The composition root loads the table ({@link #bundled()}) and hands it to
 * {@link LuceneIndexes#open}.
 */
public final class Associations {

    /** A stand-in stem and how strongly it suggests the question's stem, in (0, 1]. */
    record StandIn(String stem, float strength) {}

    static final String RESOURCE = "associations.tsv";

    private final Map<String, List<StandIn>> table;
    private final Synonyms synonyms;

    Associations(Map<String, List<StandIn>> table) {
        this(table, Synonyms.off());
    }

    private Associations(Map<String, List<StandIn>> table, Synonyms synonyms) {
        this.table = Map.copyOf(table);
        this.synonyms = synonyms;
    }

    /** This table, and a thesaurus's synonyms as further stand-ins at their own weight. */
    public Associations withSynonyms(Synonyms synonyms) {
        return new Associations(table, Objects.requireNonNull(synonyms, "synonyms"));
    }

    Synonyms synonyms() {
        return synonyms;
    }

    /** The table bundled with kabar, read afresh from the classpath on each call. */
    public static Associations bundled() {
        try (InputStream in = Associations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The stand-ins of {@code stem}, strongest first; empty for most stems. */
    List<StandIn> of(String stem) {
        return table.getOrDefault(stem, List.of());
    }

    int size() {
        return table.values().stream().mapToInt(List::size).sum();
    }

    static Associations parse(BufferedReader lines) throws IOException {
        Map<String, List<StandIn>> table = new HashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] f = line.split("\t");
            if (f.length == 3 && !line.startsWith("#")) {
                table.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new StandIn(f[1], Float.parseFloat(f[2])));
            }
        }
        table.replaceAll((k, v) -> v.stream()
                .sorted((a, b) -> Float.compare(b.strength(), a.strength()))
                .toList());
        return new Associations(table);
    }
}
