package dev.kabar.text;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words of a person's role or title ({@code role-words.txt}: Presiden, Menteri Luar Negeri, Duta
 * Besar): capitalised in titles, yet never part of a name, in questions and in quotes alike.
 */
public final class RoleWords {

    private static final Set<String> WORDS = WordFile.rows("role-words.txt").stream()
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    private RoleWords() {}

    /** Whether a folded word (see {@link Terms#fold}) names a role or title rather than someone. */
    public static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
