package dev.kabar.eval;

import dev.kabar.article.Article;
import dev.kabar.text.RoleWords;
import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.TitleWords;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The topic a reader of an article would ask a briefing on: the first name in its lead sentence
 * (two to four capitalised words, titles dropped: "Wakil Ketua Budi Santoso" gives "Budi Santoso"),
 * else the lead's first three content words. The briefing on it then draws on every article of the
 * collection that speaks of the same person or story, as {@code kabar brief TOPIC} would.
 */
final class BriefingTopics {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final int MAX_NAME_WORDS = 4;

    private BriefingTopics() {}

    static String of(Article article) {
        List<String> sentences = SPLITTER.sentences(article.text());
        String lead = sentences.stream().filter(s -> Terms.scan(s).size() >= 6).findFirst()
                .orElse(sentences.isEmpty() ? "" : sentences.getFirst());
        List<Token> tokens = Terms.scan(lead);
        List<String> name = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) { // the first word is capitalised whatever it is
            Token t = tokens.get(i);
            boolean nameWord = t.capitalized() && !StopWords.contains(t.folded()) && !RoleWords.contains(t.folded())
                    && !TitleWords.contains(t.folded()) && Character.isLetter(t.surface().charAt(0));
            if (nameWord && (name.isEmpty() || adjacent(lead, tokens.get(i - 1), t))) {
                name.add(t.surface());
                if (name.size() == MAX_NAME_WORDS) {
                    break;
                }
            } else if (name.size() >= 2) {
                break;
            } else {
                name.clear();
            }
        }
        if (name.size() >= 2) {
            return String.join(" ", name);
        }
        return String.join(" ", tokens.stream().map(Token::surface)
                .filter(w -> !StopWords.contains(Terms.fold(w)) && w.length() > 2).limit(3).toList());
    }

    private static boolean adjacent(String text, Token a, Token b) {
        return text.substring(a.end(), b.start()).isBlank();
    }
}
