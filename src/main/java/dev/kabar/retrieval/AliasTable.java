package dev.kabar.retrieval;

import dev.kabar.text.Language;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import dev.kabar.text.bilingual.EnglishBridge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Groups of names that mean the same thing ({@code Belanda | Negeri Belanda | Netherlands | Holland}), so
 * that a question in either spelling or language finds passages in the other.
 *
 * <p>File format: one group per line, variants separated by {@code |}, the first variant the
 * Indonesian form used in articles; {@code #} starts a comment. A variant written in capitals
 * ({@code AS}, {@code UN}) only matches text written in capitals, so the English word "as" is not
 * read as a country's short form.
 *
 * <p>With an {@link EnglishBridge} ({@link #withEnglish}), an English question's other words and
 * phrases also get their Indonesian alternatives ({@link #find(List, Language)}); the table's own
 * groups come first, as a small override of the bridge.
 */
public final class AliasTable {

    /** A stretch of text that is one variant of a group, and the group's other variants. */
    public record Match(int firstToken, int endToken, List<List<String>> alternatives, List<Float> weights,
            Source source) {
        public Match {
            alternatives = List.copyOf(alternatives);
            weights = List.copyOf(weights);
            if (weights.size() != alternatives.size()) {
                throw new IllegalArgumentException("one weight per alternative: " + alternatives + " " + weights);
            }
        }

        /** A group of the table: every variant counts in full. */
        public Match(int firstToken, int endToken, List<List<String>> alternatives) {
            this(firstToken, endToken, alternatives, alternatives.stream().map(a -> 1.0f).toList(), Source.ALIAS);
        }

        /** Whether the English bridge, not the table, gave the alternatives. */
        public boolean translated() {
            return source != Source.ALIAS;
        }
    }

    /** Where a match's alternatives come from; a translated country or people is a name. */
    public enum Source { ALIAS, TRANSLATED_WORD, TRANSLATED_NAME }

    private record Variant(List<String> tokens, boolean caseSensitive, int group) {}

    private final List<List<Variant>> groups;
    private final Map<String, List<Variant>> byFirstToken = new HashMap<>();
    private final Optional<EnglishBridge> english;

    private AliasTable(List<List<Variant>> groups, Optional<EnglishBridge> english) {
        this.groups = groups;
        this.english = english;
        for (List<Variant> group : groups) {
            for (Variant v : group) {
                byFirstToken.computeIfAbsent(v.tokens().getFirst(), k -> new ArrayList<>()).add(v);
            }
        }
        // longest variants first, so "Afrika Selatan" wins over "Afrika"
        byFirstToken.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
    }

    public static AliasTable empty() {
        return new AliasTable(List.of(), Optional.empty());
    }

    /** The groups of every file, in order: the general table first, then any that ships with a corpus. */
    public static AliasTable load(Path... files) {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            try {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read alias table " + file + ": " + e.getMessage(), e);
            }
        }
        return parse(lines);
    }

    public static AliasTable parse(List<String> lines) {
        List<List<Variant>> groups = new ArrayList<>();
        for (String line : lines) {
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (body.isEmpty()) {
                continue;
            }
            List<Variant> group = new ArrayList<>();
            for (String raw : body.split("\\|")) {
                List<Token> tokens = Terms.scan(raw.trim());
                if (tokens.isEmpty()) {
                    continue;
                }
                boolean caps = tokens.size() == 1 && tokens.getFirst().allCaps() && raw.trim().length() <= 5;
                group.add(new Variant(tokens.stream().map(Token::folded).toList(), caps, groups.size()));
            }
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        }
        return new AliasTable(groups, Optional.empty());
    }

    /** Non-overlapping alias matches in {@code tokens}, left to right, longest first. */
    public List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Variant hit = longestAt(tokens, i);
            if (hit == null) {
                i++;
                continue;
            }
            List<List<String>> others = new ArrayList<>();
            for (Variant v : groups.get(hit.group())) {
                if (!v.tokens().equals(hit.tokens())) {
                    others.add(v.tokens());
                }
            }
            out.add(new Match(i, i + hit.tokens().size(), others));
            i += hit.tokens().size();
        }
        return out;
    }

    /** This table, with {@code bridge} translating the rest of an English question. */
    public AliasTable withEnglish(EnglishBridge bridge) {
        return new AliasTable(groups, Optional.of(Objects.requireNonNull(bridge, "bridge")));
    }

    /**
     * The table's matches in {@code tokens}; for an English question with a bridge, also the
     * translations of the words and phrases no group covers. An Indonesian question gets exactly
     * {@link #find(List)}.
     */
    public List<Match> find(List<Token> tokens, Language language) {
        List<Match> own = find(tokens);
        if (language != Language.EN || english.isEmpty()) {
            return own;
        }
        List<EnglishBridge.Translation> translations = english.get().find(tokens);
        // a longer English phrase wins over a group inside it: "Cold War" is not "perang" plus "Cold"
        List<Match> kept = own.stream().filter(m -> translations.stream().noneMatch(t ->
                t.firstToken() <= m.firstToken() && m.endToken() <= t.endToken()
                        && t.endToken() - t.firstToken() > m.endToken() - m.firstToken())).toList();
        boolean[] covered = new boolean[tokens.size()];
        kept.forEach(m -> Arrays.fill(covered, m.firstToken(), m.endToken(), true));
        List<Match> out = new ArrayList<>(kept);
        for (EnglishBridge.Translation t : translations) {
            boolean free = true;
            for (int k = t.firstToken(); k < t.endToken(); k++) {
                free &= !covered[k];
            }
            if (free) {
                out.add(new Match(t.firstToken(), t.endToken(),
                        t.alternatives().stream().map(EnglishBridge.Alternative::tokens).toList(),
                        t.alternatives().stream().map(EnglishBridge.Alternative::weight).toList(),
                        t.name() ? Source.TRANSLATED_NAME : Source.TRANSLATED_WORD));
            }
        }
        out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return out;
    }

    /** Every variant of the group {@code phrase} (folded tokens) belongs to, itself included. */
    public List<List<String>> variantsOf(List<String> phrase) {
        for (Variant v : byFirstToken.getOrDefault(phrase.isEmpty() ? "" : phrase.getFirst(), List.of())) {
            if (v.tokens().equals(phrase)) {
                return groups.get(v.group()).stream().map(Variant::tokens).toList();
            }
        }
        return List.of(phrase);
    }

    public int size() {
        return groups.size();
    }

    private Variant longestAt(List<Token> tokens, int at) {
        for (Variant v : byFirstToken.getOrDefault(tokens.get(at).folded(), List.of())) {
            int len = v.tokens().size();
            if (at + len > tokens.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < len && same; k++) {
                Token t = tokens.get(at + k);
                same = t.folded().equals(v.tokens().get(k)) && (!v.caseSensitive() || t.allCaps());
            }
            if (same) {
                return v;
            }
        }
        return null;
    }
}
