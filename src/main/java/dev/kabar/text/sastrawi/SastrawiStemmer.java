package dev.kabar.text.sastrawi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;

/**
 * Sastrawi's Indonesian stemmer (jsastrawi 0.1, MIT): confix stripping checked against the root-word
 * dictionary inside its jar, so {@code menulis} gives {@code tulis}, not a key. Kept for the stemmer
 * comparison ({@code index.stemmer=sastrawi}, docs/experiments.md); the only class importing
 * {@code jsastrawi}.
 */
public final class SastrawiStemmer {

    private static final Lemmatizer LEMMATIZER = new DefaultLemmatizer(rootWords());

    private SastrawiStemmer() {}

    /** The root of a lower-case word; words without letters, or of digits, come back unchanged. */
    public static String stem(String folded) {
        if (folded.length() < 3 || !folded.chars().allMatch(Character::isLetter)) {
            return folded;
        }
        return LEMMATIZER.lemmatize(folded);
    }

    private static Set<String> rootWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = DefaultLemmatizer.class.getResourceAsStream("/root-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("root-words.txt missing from the jsastrawi jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jsastrawi's root words", e);
        }
        return words;
    }
}
