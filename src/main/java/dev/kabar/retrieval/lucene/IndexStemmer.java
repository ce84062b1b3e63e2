package dev.kabar.retrieval.lucene;

import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.sastrawi.SastrawiStemmer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Which stemmer the index's stemmed fields ({@link Fields#TEXT}, {@link Fields#TITLE},
 * {@link Fields#HEAD}) and the questions searching them use. Recorded in the index's commit data, so
 * an index is always queried the way it was built (an index without the record is {@link #LUCENE}'s,
 * as every index was before the record); setting {@code index.stemmer}, part of the
 * {@link dev.kabar.retrieval.IndexStamp} unless {@link #LUCENE}. {@link #KABAR} is the
 * {@link #DEFAULT}: with the stand-ins, the decline model and the sentence chooser refitted to it,
 * it measured best on the dev sets, and it is the stemmer the answers and briefings use
 * (docs/experiments.md, "Stemmers"); the others are kept so that the comparison can be re-run.
 */
public enum IndexStemmer {
    /** Lucene's rule-based Indonesian stemmer (Tala's algorithm), inflectional and derivational. */
    LUCENE,
    /** kabar's own matching stemmer ({@link IndonesianStemmer}), the one answers and briefings use. */
    KABAR,
    /** Lucene's Hunspell stemmer over the {@code hunspell-id} dictionary (longest stem; unknown words kept). */
    HUNSPELL,
    /** Sastrawi's confix-stripping stemmer with its own root-word dictionary (jsastrawi). */
    SASTRAWI;

    /** Where {@code hunspell-id} installs its dictionary ({@code .aff} and {@code .dic}). */
    static final Path HUNSPELL_BASE = Path.of("/usr/share/hunspell/id_ID");

    /** The commit-data key that names the stemmer an index was built with; absent in older indexes. */
    static final String COMMIT_KEY = "kabar.stemmer";

    /**
     * The stemmer of a new index: kabar's own, the one the answers and briefings use, so that one
     * stemmer reads the index, the answers and the briefings (docs/experiments.md, "Stemmers").
     */
    public static final IndexStemmer DEFAULT = KABAR;

    /** Its name in settings and commit data. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stemmer called {@code name}; the message lists the known ones. */
    public static IndexStemmer of(String name) {
        for (IndexStemmer s : values()) {
            if (s.key().equals(name.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stemmer '" + name + "': use one of "
                + Arrays.stream(values()).map(IndexStemmer::key).collect(Collectors.joining(", ")));
    }

    /** The stemmer the index in {@code directory} was built with. */
    static IndexStemmer of(Directory directory) throws IOException {
        String name = SegmentInfos.readLatestCommit(directory).getUserData().get(COMMIT_KEY);
        return name == null ? LUCENE : of(name);
    }

    /** Fails early, with what to install, when this stemmer's knowledge is missing. */
    public void check() {
        if (this == HUNSPELL) {
            hunspell();
        }
    }

    TokenStream filter(TokenStream in) {
        return switch (this) {
            case LUCENE -> new IndonesianStemFilter(in);
            case KABAR -> new TermMapFilter(in, IndonesianStemmer::stem);
            case HUNSPELL -> new HunspellStemFilter(in, hunspell(), true, true);
            case SASTRAWI -> new TermMapFilter(in, SastrawiStemmer::stem);
        };
    }

    private static Dictionary hunspellDictionary;

    /** The dictionary, read once when first needed (a second or so). */
    private static synchronized Dictionary hunspell() {
        if (hunspellDictionary == null) {
            hunspellDictionary = readHunspell(HUNSPELL_BASE);
        }
        return hunspellDictionary;
    }

    private static Dictionary readHunspell(Path base) {
        Path aff = base.resolveSibling(base.getFileName() + ".aff");
        Path dic = base.resolveSibling(base.getFileName() + ".dic");
        if (!Files.isRegularFile(aff) || !Files.isRegularFile(dic)) {
            throw new IllegalStateException("index.stemmer=hunspell needs " + aff + " and " + dic
                    + ": install them with 'apt-get install hunspell-id' or choose another index.stemmer");
        }
        try (InputStream a = Files.newInputStream(aff); InputStream d = Files.newInputStream(dic);
                Directory scratch = new ByteBuffersDirectory()) {
            return new Dictionary(scratch, "hunspell", a, d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Hunspell dictionary " + base + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new IllegalStateException("malformed Hunspell dictionary " + base + ": " + e.getMessage(), e);
        }
    }
}
