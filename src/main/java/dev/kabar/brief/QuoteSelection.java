package dev.kabar.brief;

import dev.kabar.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Chooses the quotes to show: the same words from the same speaker in several outlets become one
 * quote citing all of them; then the best quote of each speaker, then their second best, and so on.
 */
final class QuoteSelection {

    /** A quote with every sentence (one per article) that reports it. */
    record Group(Said said, Set<String> words, List<SourceSentence> sources) {}

    static final int MAX_QUOTES = 10;
    private static final double SAME_WORDS = 0.4;

    private QuoteSelection() {}

    static List<Group> choose(List<Said> found, Salience salience, Vocabulary vocabulary) {
        List<Said> ranked = found.stream().sorted(Comparator.comparingDouble((Said q) -> -salience.of(q.source()))).toList();
        List<Group> groups = new ArrayList<>();
        for (Said q : ranked) {
            Set<String> words = vocabulary.terms(q.quote());
            Group home = groups.stream().filter(g -> sameSpeaker(g.said(), q)
                    && Vocabulary.overlap(g.words(), words) >= SAME_WORDS).findFirst().orElse(null);
            if (home == null) {
                groups.add(new Group(q, words, new ArrayList<>(List.of(q.source()))));
            } else if (home.sources().stream().noneMatch(s -> s.articleId().equals(q.source().articleId()))) {
                home.sources().add(q.source());
            }
        }
        return roundRobin(groups);
    }

    private static List<Group> roundRobin(List<Group> groups) {
        List<Group> out = new ArrayList<>();
        List<Group> left = new ArrayList<>(groups);
        while (!left.isEmpty() && out.size() < MAX_QUOTES) {
            List<Group> round = new ArrayList<>();
            for (Group g : left) {
                if (round.stream().noneMatch(r -> sameSpeaker(r.said(), g.said()))) {
                    round.add(g);
                }
            }
            left.removeAll(round);
            round.stream().limit(MAX_QUOTES - out.size()).forEach(out::add);
        }
        return out;
    }

    /** "Budi" and "Budi Santoso" are one speaker: one name's last word is in the other. */
    static boolean sameSpeaker(Said a, Said b) {
        List<String> x = Terms.tokens(a.speaker());
        List<String> y = Terms.tokens(b.speaker());
        return !x.isEmpty() && !y.isEmpty() && (y.contains(x.getLast()) || x.contains(y.getLast()));
    }
}
