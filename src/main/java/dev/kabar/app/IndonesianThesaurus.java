package dev.kabar.app;

import dev.kabar.retrieval.lucene.Synonyms;
import dev.kabar.text.thesaurus.Thesaurus;
import dev.kabar.text.thesaurus.ThesaurusException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the Indonesian thesaurus for the composition root when synonyms are on
 * ({@code retrieval.synonym-weight} above 0): without it, or when it cannot be read, one warning
 * saying what is missing and how to install it, and questions are searched as they are written.
 */
final class IndonesianThesaurus {

    private static final Logger LOG = LoggerFactory.getLogger(IndonesianThesaurus.class);

    private IndonesianThesaurus() {}

    static Synonyms load(Path thesaurus, double weight) {
        if (weight <= 0) {
            return Synonyms.off();
        }
        if (!Thesaurus.exists(thesaurus)) {
            LOG.warn("No Indonesian thesaurus at {} (.dat): questions are not widened with synonyms. Install it with"
                    + " 'apt-get install mythes-id' or set lexicon.thesaurus (KABAR_LEXICON_THESAURUS).", thesaurus);
            return Synonyms.off();
        }
        try {
            Thesaurus read = Thesaurus.read(thesaurus);
            if (read.skipped() > 0) {
                LOG.warn("Thesaurus {}: {} malformed entries skipped.", thesaurus, read.skipped());
            }
            return Synonyms.of(read, (float) weight);
        } catch (ThesaurusException e) {
            LOG.warn("{}; questions are not widened with synonyms.", e.getMessage());
            return Synonyms.off();
        }
    }
}
