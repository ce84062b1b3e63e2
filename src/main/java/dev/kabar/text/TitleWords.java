package dev.kabar.text;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words of a title besides the {@link RoleWords} ({@code title-words.txt}: Kabinet, Keamanan,
 * Nasional): inside a title, yet neither a name nor a party.
 */
public final class TitleWords {

    private static final Set<String> WORDS = WordFile.rows("title-words.txt").stream()
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    private TitleWords() {}

    /** Whether a folded word is such a title word. */
    public static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
