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

    /** Lower-case words inside a name: "Abdul bin Ahmad", "Robin van Persie", "Menteri Kelautan dan Perikanan". */
    private static final Set<String> PARTICLES = Set.of("bin", "binti", "van", "von", "der", "de", "da", "dos", "del",
            "al", "el", "dan", "and");

    /** "Budi (43)", "Ani (@ani_contoh)": an age or an account after the name, no part of it. */
    private static final Pattern AGE_OR_HANDLE = Pattern.compile("\\s*\\((?:\\d{1,3}|@[^)]*)\\)?");

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

    /**
     * The speaker named by {@code words} (no appositive), with a title split off as role: the name
     * is the run of name words at the end, after a role word ("Kapolres Kota Contoh AKBP Budi
     * Santoso" is Budi Santoso); a run longer than four words keeps its last two, the rest being an
     * organisation's name ("Direktur PT Contoh Jaya Budi Santoso"). A capitalised speaker ends at its
     * first lower-case word ("Budi sempat", "Budi lewat Twitter ketika itu").
     */
    Speaker read(String words, String appositive) {
        String w = cutAtLowerCase(AGE_OR_HANDLE.matcher(TIME_WORDS.matcher(words.strip()).replaceFirst("")).replaceAll("").strip());
        List<Token> tokens = Terms.scan(w);
        if (tokens.isEmpty() || !tokens.getFirst().capitalized()) {
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
        boolean titled = tokens.subList(0, nameStart).stream().anyMatch(t -> RoleWords.contains(t.folded()));
        if (nameStart == 0 || nameStart == tokens.size() || !titled) {
            return new Speaker(w, appositive);
        }
        if (tokens.size() - nameStart > 4) {
            nameStart = tokens.size() - 2;
        }
        String role = w.substring(0, tokens.get(nameStart).start()).strip().replaceAll("[,(]+$", "").strip();
        String name = w.substring(tokens.get(nameStart).start());
        return new Speaker(name, appositive.isEmpty() ? role : role + ", " + appositive);
    }

    /** True when some word of {@code speaker} can be part of a name: capitalised, no title, no party. */
    boolean hasNameWord(String speaker) {
        List<Token> tokens = Terms.scan(speaker);
        Set<Integer> partyTokens = new HashSet<>();
        parties.find(tokens).forEach(m -> {
            for (int i = m.first(); i < m.end(); i++) {
                partyTokens.add(i);
            }
        });
        for (int i = 0; i < tokens.size(); i++) {
            if (isNameWord(tokens.get(i), i, partyTokens)) {
                return true;
            }
        }
        return false;
    }

    private static String cutAtLowerCase(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return w;
        }
        for (Token t : Terms.scan(w)) {
            boolean wordStart = t.start() == 0 || Character.isWhitespace(w.charAt(t.start() - 1)); // not "Seong-chang"
            if (wordStart && Character.isLowerCase(t.surface().charAt(0)) && !PARTICLES.contains(t.folded())
                    && !insideBrackets(w, t.start())) {
                return w.substring(0, t.start()).strip().replaceAll("[,(\\s]+$", "");
            }
        }
        return w;
    }

    private static boolean insideBrackets(String w, int at) {
        return w.lastIndexOf('(', at) > w.lastIndexOf(')', at);
    }

    private static boolean isNameWord(Token t, int index, Set<Integer> partyTokens) {
        return t.capitalized() && !t.allCaps() && !partyTokens.contains(index)
                && !titleWord(t.folded());
    }
}
