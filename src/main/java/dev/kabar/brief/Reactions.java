package dev.kabar.brief;

import dev.kabar.text.StanceWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How countries and organisations responded: sentences with a reaction word ({@code tanggapan},
 * {@code memperingatkan}, {@code mengecam}, {@code prihatin} …) credited to the party they name
 * first, and quotes whose speaker or role names a party.
 */
final class Reactions {

    /** A reaction before numbering. */
    record Draft(String party, String text, SourceSentence source) {}

    /** Verbs and adjectives of a stance: the party before them says, warns, condemns, regrets, worries. */
    private static final Set<String> STANCES = StanceWords.of(StanceWords.Kind.STANCE);
    /**
     * Nouns of a stance, a reaction only when the party voices them ("menyatakan penyesalan",
     * "mengeluarkan peringatan"): a "peringatan dini" of a weather office is no one's reaction, and a
     * "kekhawatiran" the writer describes is nobody's statement.
     */
    private static final Set<String> STANCE_NOUNS = StanceWords.of(StanceWords.Kind.STANCE_NOUN);
    /** Verbs that voice a stance noun. */
    private static final Set<String> VOICING = StanceWords.of(StanceWords.Kind.VOICING);
    /** Nouns naming the party right after them: "Tanggapan Negara A", "reaksi dari Negara B". */
    private static final Set<String> OF_PARTY = StanceWords.of(StanceWords.Kind.OF_PARTY);
    private static final int PER_PARTY = 2;
    private static final int MAX_PARTIES = 8;
    private static final double ACTOR_SHARE = 0.3;
    private static final int MAX_ACTORS = 2;
    /** A party in one or two sentences is a passing mention, whatever the share. */
    private static final int MIN_ACTOR_SENTENCES = 3;

    private final Parties parties;

    Reactions(Parties parties) {
        this.parties = parties;
    }

    /** Reactions grouped by party: parties the topic names first, then those with the most sources. */
    List<Draft> find(List<SourceSentence> ranked, List<Said> quotes, String topic) {
        Map<String, List<Draft>> byParty = new LinkedHashMap<>();
        for (Said q : quotes) {
            // a title names the party ("Menteri Luar Negeri Negara A"); a lower-case description may not ("peneliti ... di Negara B")
            String title = q.role().isEmpty() || Character.isLowerCase(q.role().charAt(0)) ? "" : q.role();
            List<Parties.Mention> named = parties.find(Terms.scan(q.speaker() + " " + title));
            // "Budi dan Ani" speaking for two parties at once: a joint statement, not one side's reaction
            String words = q.speaker() + ": “" + q.quote() + "”";
            if (named.stream().map(Parties.Mention::party).distinct().count() == 1) {
                add(byParty, new Draft(named.getFirst().party(), words, q.source()));
            } else if (named.isEmpty()) { // "Tanggapan Negara A datar, juru bicaranya hanya mengatakan ..."
                reactingParty(q.source()).ifPresent(p -> add(byParty, new Draft(p, words, q.source())));
            }
        }
        Set<SourceSentence> attributed = Collections.newSetFromMap(new IdentityHashMap<>());
        quotes.forEach(q -> attributed.add(q.source()));
        for (SourceSentence s : ranked) {
            if (s.prose() && !attributed.contains(s)) {
                reactingParty(s).ifPresent(p -> add(byParty, new Draft(p, s.text(), s)));
            }
        }
        Set<String> asked = new HashSet<>();
        parties.find(Terms.scan(topic)).forEach(m -> asked.add(m.party()));
        byParty.keySet().removeAll(actors(ranked, asked));
        List<Map.Entry<String, List<Draft>>> entries = new ArrayList<>(byParty.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, List<Draft>> e) -> !asked.contains(e.getKey()))
                .thenComparing(e -> -e.getValue().size()));
        List<Draft> out = new ArrayList<>();
        entries.stream().limit(MAX_PARTIES).forEach(e -> e.getValue().stream().limit(PER_PARTY).forEach(out::add));
        return out;
    }

    /**
     * The parties the news is about rather than parties responding to it: the (at most two) parties
     * named in the most sentences, each in at least {@value #ACTOR_SHARE} of them and in three or
     * more (the two sides of a dispute or an agreement the briefing is about). What they say is the news itself,
     * not a reaction to it, unless the topic asks for them.
     */
    private Set<String> actors(List<SourceSentence> ranked, Set<String> asked) {
        Map<String, Integer> sentencesNaming = new HashMap<>();
        for (SourceSentence s : ranked) {
            parties.find(s.tokens()).stream().map(Parties.Mention::party).distinct()
                    .forEach(p -> sentencesNaming.merge(p, 1, Integer::sum));
        }
        Set<String> out = new HashSet<>();
        sentencesNaming.entrySet().stream()
                .filter(e -> e.getValue() >= Math.max(MIN_ACTOR_SENTENCES, ACTOR_SHARE * ranked.size()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_ACTORS)
                .forEach(e -> out.add(e.getKey()));
        out.removeAll(asked);
        return out;
    }

    private Optional<String> reactingParty(SourceSentence s) {
        List<Token> tokens = s.tokens();
        List<Parties.Mention> named = parties.find(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).folded();
            int at = i;
            if (STANCES.contains(w) || STANCE_NOUNS.contains(w) && voiced(tokens, i)) {
                // the party is the subject before the stance ("Negara A ... memperingatkan")
                return named.stream().filter(m -> m.end() <= at).findFirst().map(Parties.Mention::party);
            }
            if (OF_PARTY.contains(w)) {
                int next = i + 1 < tokens.size() && List.of("dari", "from", "of").contains(tokens.get(i + 1).folded()) ? i + 2 : i + 1;
                Optional<String> of = named.stream().filter(m -> m.first() == next).findFirst()
                        .map(Parties.Mention::party);
                if (of.isPresent()) {
                    return of;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean voiced(List<Token> tokens, int noun) {
        for (int j = Math.max(0, noun - 2); j < noun; j++) {
            if (VOICING.contains(tokens.get(j).folded())) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, List<Draft>> byParty, Draft d) {
        List<Draft> list = byParty.computeIfAbsent(d.party(), k -> new ArrayList<>());
        boolean dup = list.stream().anyMatch(o -> o.source() == d.source()
                || Cluster.nearDuplicates(o.source(), d.source(), 0.5));
        if (!dup) {
            list.add(d);
        }
    }
}
