package dev.kabar.chat;

import dev.kabar.answer.QueryRewriter;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Rewrites follow-ups without a model. A short follow-up that opens with "dan"/"and"/"bagaimana
 * dengan"/"what about" ("Dan Negara B?") keeps the previous question's frame with the last name in it
 * replaced ("Apa kata Negara A tentang perjanjian itu?" → "Apa kata Negara B tentang perjanjian itu?"). Anything
 * else stands alone as typed.
 */
public final class FrameRewriter implements QueryRewriter {

    private static final List<String> OPENERS = List.of("bagaimana dengan", "kalau", "lalu", "dan", "what about",
            "how about", "and");
    private static final Set<String> CONNECTORS = Set.of("bagaimana", "dengan", "kalau", "lalu", "dan", "what",
            "how", "about", "and");
    private static final int MAX_FOLLOW_UP_WORDS = 5;

    @Override
    public String standalone(List<String> previous, String followUp) {
        String frame = previous.getLast();
        List<Token> words = Terms.scan(followUp);
        String lower = Terms.fold(followUp).strip();
        boolean opens = OPENERS.stream().anyMatch(o -> lower.startsWith(o + " "));
        if (!opens || words.size() > MAX_FOLLOW_UP_WORDS) {
            return followUp;
        }
        List<Token> entity = words.stream().filter(t -> !CONNECTORS.contains(t.folded())).toList();
        List<Token> frameNames = Terms.scan(frame).stream()
                .filter(t -> t.capitalized() && t.start() > 0 && !StopWords.contains(t.folded()))
                .toList();
        if (entity.isEmpty() || frameNames.isEmpty()) {
            return followUp;
        }
        Token replaced = frameNames.getLast();
        String newName = followUp.substring(entity.getFirst().start(), entity.getLast().end());
        return frame.substring(0, replaced.start()) + newName + frame.substring(replaced.end());
    }
}
