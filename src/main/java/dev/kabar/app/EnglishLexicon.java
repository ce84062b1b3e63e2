package dev.kabar.app;

import dev.kabar.text.bilingual.Dictd;
import dev.kabar.text.bilingual.EnglishBridge;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the English–Indonesian bridge for the composition root: with the system dictionary when it
 * is installed, else the bundled tables alone and one warning saying what is missing and how to
 * install it.
 */
final class EnglishLexicon {

    private static final Logger LOG = LoggerFactory.getLogger(EnglishLexicon.class);

    private EnglishLexicon() {}

    static EnglishBridge load(Path dictionary) {
        if (Dictd.exists(dictionary)) {
            return EnglishBridge.withDictionary(dictionary);
        }
        LOG.warn("No English-Indonesian dictionary at {} (.index, .dict.dz): English questions use only the small"
                + " bundled tables and config/aliases.txt. Install it with 'apt-get install dict-freedict-eng-ind'"
                + " or set lexicon.eng-ind (KABAR_LEXICON_ENG_IND).", dictionary);
        return EnglishBridge.tablesOnly();
    }
}
