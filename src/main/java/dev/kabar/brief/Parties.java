package dev.kabar.brief;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.PartyNames;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries and organisations that react to news ({@link PartyNames}), found in text under any
 * alias (a country's short form, its English name and its Indonesian name are one party). Short
 * capital forms ({@code AS}) only match text in capitals, as in the alias table.
 */
final class Parties {

    /** A party named at tokens [first, end) of a text. */
    record Mention(String party, int first, int end) {}

    private static final int LONGEST = 4;

    private final Map<List<String>, String> byPhrase = new HashMap<>();

    Parties(AliasTable aliases) {
        for (String name : PartyNames.all()) {
            List<String> folded = Terms.tokens(name);
            for (List<String> variant : aliases.variantsOf(folded)) {
                byPhrase.putIfAbsent(variant, name);
            }
            byPhrase.put(folded, name);
        }
    }

    /** Party mentions in {@code tokens}, left to right, longest first. */
    List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private Mention longestAt(List<Token> tokens, int at) {
        for (int len = Math.min(LONGEST, tokens.size() - at); len >= 1; len--) {
            List<Token> span = tokens.subList(at, at + len);
            String party = byPhrase.get(span.stream().map(Token::folded).toList());
            boolean caseOk = len > 1 || span.getFirst().surface().length() > 3 ? span.getFirst().capitalized()
                    : span.getFirst().allCaps();
            if (party != null && caseOk) {
                return new Mention(party, at, at + len);
            }
        }
        return null;
    }
}
