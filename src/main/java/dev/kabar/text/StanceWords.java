package dev.kabar.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of a stance ({@code stance-words.txt}): what a party says, warns, condemns or regrets, the
 * nouns of such a stance and the verbs that voice them — for briefings' reactions.
 */
public final class StanceWords {

    /** What a stance word does in a sentence. */
    public enum Kind {
        /** A verb or adjective of a stance: the party before it takes the stance. */
        STANCE,
        /** A noun of a stance: a reaction only when the party voices it. */
        STANCE_NOUN,
        /** A verb that voices a stance noun. */
        VOICING,
        /** A noun naming the party right after it. */
        OF_PARTY
    }

    private static final Map<Kind, Set<String>> WORDS = load();

    private StanceWords() {}

    /** The folded words of one kind. */
    public static Set<String> of(Kind kind) {
        return WORDS.get(kind);
    }

    private static Map<Kind, Set<String>> load() {
        Map<Kind, Set<String>> words = new HashMap<>();
        for (Kind k : Kind.values()) {
            words.put(k, new HashSet<>());
        }
        for (List<String> row : WordFile.rows("stance-words.txt")) {
            if (row.size() != 2) {
                throw new IllegalStateException("stance-words.txt: '" + String.join(" ", row) + "' is not 'word kind'");
            }
            words.get(kind(row.get(1))).add(row.get(0));
        }
        Map<Kind, Set<String>> frozen = new HashMap<>();
        words.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static Kind kind(String name) {
        return switch (name) {
            case "stance" -> Kind.STANCE;
            case "stance-noun" -> Kind.STANCE_NOUN;
            case "voicing" -> Kind.VOICING;
            case "of-party" -> Kind.OF_PARTY;
            default -> throw new IllegalStateException("stance-words.txt: unknown kind '" + name + "'");
        };
    }
}
