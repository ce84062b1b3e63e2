package dev.kabar.brief;

import dev.kabar.text.RoleWords;
import dev.kabar.text.Terms;
import dev.kabar.text.TitleWords;
import dev.kabar.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads who a speaker is from the words naming them: {@code Sekretaris Jenderal ASEAN Budi
 * Santoso} is Budi Santoso with the role Sekretaris Jenderal ASEAN; {@code Anna-Lena Berg,
 * seorang profesor di ...} is Anna-Lena Berg, a professor; {@code Kementerian Luar Negeri Negara
 * A} is an institution speaking for itself.
 */
final class Speakers {

    /** A speaker and role as written; the role may be empty. */
    record Speaker(String name, String role) {}

    private static final Set<String> PRONOUNS = Set.of("dia", "ia", "beliau", "he", "she", "nya");
    private static final Pattern TIME_WORDS = Pattern.compile(
            "(?i)\\s+(?:(?:pada|on)\\s+(?:hari\\s+)?\\p{L}+(?:,\\s*\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?|juga|kemudian"
            + "|lebih lanjut|sebelumnya|sendiri|also|later)\\b.*$");

    private final Parties parties;

    Speakers(Parties parties) {
        this.parties = parties;
    }

    /** A word of a title or role ("Presiden", "Luar", "Negeri"): never part of a person's name. */
    static boolean titleWord(String folded) {
        return RoleWords.contains(folded) || TitleWords.contains(folded);
    }

    static boolean isPronoun(String words) {
        return PRONOUNS.contains(Terms.fold(words.strip()));
    }

    /** The speaker named by {@code words} (no appositive), with any leading title split off as role. */
    Speaker read(String words, String appositive) {
        String w = TIME_WORDS.matcher(words.strip()).replaceFirst("").strip();
        List<Token> tokens = Terms.scan(w);
        if (tokens.isEmpty()) {
            return new Speaker(w, appositive);
        }
        if (!tokens.getFirst().capitalized() || !RoleWords.contains(tokens.getFirst().folded())) {
            return new Speaker(w, appositive);
        }
        Set<Integer> partyTokens = new HashSet<>();
        parties.find(tokens).forEach(m -> {
            for (int i = m.first(); i < m.end(); i++) {
                partyTokens.add(i);
            }
        });
        int nameStart = tokens.size();
        while (nameStart > 0 && isNameWord(tokens.get(nameStart - 1), nameStart - 1, partyTokens)) {
            nameStart--;
        }
        if (nameStart == 0 || nameStart == tokens.size() || tokens.size() - nameStart > 4) {
            return new Speaker(w, appositive);
        }
        String role = w.substring(0, tokens.get(nameStart).start()).strip().replaceAll("[,(]+$", "").strip();
        String name = w.substring(tokens.get(nameStart).start());
        return new Speaker(name, appositive.isEmpty() ? role : role + ", " + appositive);
    }

    private static boolean isNameWord(Token t, int index, Set<Integer> partyTokens) {
        return t.capitalized() && !t.allCaps() && !partyTokens.contains(index)
                && !titleWord(t.folded());
    }
}
