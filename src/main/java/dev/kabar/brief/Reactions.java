package dev.kabar.brief;

import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How countries and organisations responded: sentences with a reaction word ({@code tanggapan},
 * {@code memperingatkan}, {@code mengecam}, {@code prihatin} …) credited to the party they name
 * first, and quotes whose speaker or role names a party.
 */
final class Reactions {

    /** A reaction before numbering. */
    record Draft(String party, String text, Sentence source) {}

    private static final Set<String> CUES = Set.of("tanggapan", "menanggapi", "ditanggapi", "reaksi", "respons",
            "merespons", "peringatan", "memperingatkan", "mengecam", "kecaman", "mengutuk", "kutukan", "memprotes",
            "protes", "mendesak", "desakan", "prihatin", "keprihatinan", "khawatir", "kekhawatiran", "menyesalkan",
            "penyesalan", "penyesalannya", "menentang", "menolak", "menyambut", "reaction", "reacted", "responded",
            "response", "condemned", "warned", "urged", "concern", "concerned", "welcomed", "protested");
    private static final int PER_PARTY = 2;
    private static final int MAX_PARTIES = 8;

    private final Parties parties;

    Reactions(Parties parties) {
        this.parties = parties;
    }

    /** Reactions grouped by party, parties with the most sources first. */
    List<Draft> find(List<Sentence> ranked, List<Said> quotes) {
        Map<String, List<Draft>> byParty = new LinkedHashMap<>();
        for (Said q : quotes) {
            // a title names the party ("Sekretaris Kabinet Jepang"); a lower-case description may not ("direktur ... Russia")
            String title = q.role().isEmpty() || Character.isLowerCase(q.role().charAt(0)) ? "" : q.role();
            List<Parties.Mention> named = parties.find(dev.kabar.text.Terms.scan(q.speaker() + " " + title));
            if (!named.isEmpty()) {
                add(byParty, new Draft(named.getFirst().party(), q.speaker() + ": “" + q.quote() + "”", q.source()));
            }
        }
        Set<Sentence> attributed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        quotes.forEach(q -> attributed.add(q.source()));
        for (Sentence s : ranked) {
            if (s.prose() && !attributed.contains(s)) {
                reactingParty(s).ifPresent(p -> add(byParty, new Draft(p, s.text(), s)));
            }
        }
        List<Map.Entry<String, List<Draft>>> entries = new ArrayList<>(byParty.entrySet());
        entries.sort((a, b) -> b.getValue().size() - a.getValue().size());
        List<Draft> out = new ArrayList<>();
        entries.stream().limit(MAX_PARTIES).forEach(e -> e.getValue().stream().limit(PER_PARTY).forEach(out::add));
        return out;
    }

    private java.util.Optional<String> reactingParty(Sentence s) {
        List<Token> tokens = s.tokens();
        int cue = -1;
        for (int i = 0; i < tokens.size() && cue < 0; i++) {
            if (CUES.contains(tokens.get(i).folded())) {
                cue = i;
            }
        }
        if (cue < 0) {
            return java.util.Optional.empty();
        }
        int at = cue;
        List<Parties.Mention> named = parties.find(tokens);
        // the party is the subject before the cue ("Jepang ... memperingatkan"), or right after a noun cue ("Tanggapan China")
        return named.stream().filter(m -> m.end() <= at).findFirst()
                .or(() -> named.stream().filter(m -> m.first() > at && m.first() <= at + 3).findFirst())
                .map(Parties.Mention::party);
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
