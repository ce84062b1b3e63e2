package dev.kabar.brief;

import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves a short name to the full name an article introduced it with: after "Wakil Menteri Luar
 * Negeri Korea Selatan, Kim Hong Kyun, ..." the article's "Menurut Kim" means Kim Hong Kyun, and
 * after "Presiden Rusia Vladimir Putin" its "kata Putin" means Vladimir Putin. A short name matches
 * a full name's first word (Korean and Chinese names put the family name first) or its last word;
 * when several full names match, the one the article introduced first wins, as news style
 * introduces its main actor first. One instance serves one briefing.
 */
final class FullNames {

    /** A full name and where it starts in its article's text. */
    private record Introduced(String name, String first, String last, int at) {}

    /** Capitalised at a sentence's start, but attribution words, not names ("Menurut Kim, ..."). */
    private static final Set<String> NOT_NAMES = Set.of("menurut", "kata", "ujar", "dilansir", "dikutip", "seperti",
            "sementara", "namun", "according", "said");
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;

    private final Function<String, String> articleText;
    private final Parties parties;
    private final Map<String, List<Introduced>> byArticle = new HashMap<>();

    FullNames(Function<String, String> articleText, Parties parties) {
        this.articleText = articleText;
        this.parties = parties;
    }

    /** The full name {@code speaker} stands for in {@code source}'s article, or {@code speaker} itself. */
    String resolve(String speaker, Sentence source) {
        List<Token> tokens = Terms.scan(speaker);
        if (tokens.size() != 1 || !tokens.getFirst().capitalized() || tokens.getFirst().allCaps()) {
            return speaker;
        }
        String word = tokens.getFirst().folded();
        int before = position(source);
        return introduced(source.articleId()).stream()
                .filter(n -> n.at() < before && (n.first().equals(word) || n.last().equals(word)))
                .findFirst().map(Introduced::name).orElse(speaker);
    }

    private int position(Sentence s) {
        String text = articleText.apply(s.articleId());
        int at = text.indexOf(s.text(), Math.max(0, s.passage().start() - 1));
        return at >= 0 ? at : s.passage().start();
    }

    private List<Introduced> introduced(String articleId) {
        return byArticle.computeIfAbsent(articleId, id -> scan(articleText.apply(id)));
    }

    private List<Introduced> scan(String text) {
        List<Token> tokens = Terms.scan(text);
        Set<Integer> partyTokens = new HashSet<>();
        parties.find(tokens).forEach(m -> {
            for (int i = m.first(); i < m.end(); i++) {
                partyTokens.add(i);
            }
        });
        List<Introduced> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && nameWord(tokens, end, partyTokens) && adjacent(text, tokens, i, end)) {
                end++;
            }
            if (end - i >= MIN_WORDS && end - i <= MAX_WORDS) {
                Token a = tokens.get(i);
                Token z = tokens.get(end - 1);
                out.add(new Introduced(text.substring(a.start(), z.end()), a.folded(), z.folded(), a.start()));
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private static boolean nameWord(List<Token> tokens, int i, Set<Integer> partyTokens) {
        Token t = tokens.get(i);
        return t.capitalized() && !t.allCaps() && !partyTokens.contains(i) && !Speakers.titleWord(t.folded())
                && !StopWords.contains(t.folded()) && !NOT_NAMES.contains(t.folded())
                && Character.isLetter(t.surface().charAt(0));
    }

    /** Name words follow each other separated by spaces only ("Kim Hong Kyun", not "Kim, Hong"). */
    private static boolean adjacent(String text, List<Token> tokens, int first, int at) {
        return at == first || text.substring(tokens.get(at - 1).end(), tokens.get(at).start()).matches("[ \u00a0-]+");
    }
}
