package dev.kabar.answer.check;

import dev.kabar.answer.Answer;
import dev.kabar.answer.CheckReport;
import dev.kabar.answer.Citation;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.check.Facts.Fact;
import dev.kabar.answer.check.Facts.Words;
import dev.kabar.answer.decline.Declines;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model-written draft against the passages it was given, before anyone sees it. The
 * passages are numbered {@code [1]..[k]} in the order of {@code hits}.
 *
 * <ul>
 *   <li>a {@code [n]} naming no retrieved passage is removed;
 *   <li>a sentence whose facts (numbers, dates, names, quoted words; see {@link Facts}) do not all
 *       occur in the passages it cites is re-cited to one retrieved passage that holds them all and
 *       shares most of its content words, or else dropped;
 *   <li>a sentence citing nothing is re-cited the same way, or dropped: nothing uncited is shown;
 *   <li>a draft left with no sentence is declined.
 * </ul>
 *
 * Surviving citations are renumbered 1..m in order of first use, each quoting the passage sentence
 * closest to what it supports.
 */
public final class CitationCheck {

    /** The checked answer and what the check changed. */
    public record Checked(Answer answer, CheckReport report) {}


    private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*)\\]");
    /** "claim. [1]" and "claim.[1]" are written as "claim [1]." before splitting. */
    private static final Pattern MARKERS_AFTER_STOP = Pattern.compile("([.!?…])((?:\\s*\\[[\\d,; ]{1,40}\\])+)");
    private static final double MIN_OVERLAP = 0.5;

    /** A sentence of the draft and the passages it cites. */
    private record Claim(String text, List<Integer> cited) {}

    private final Facts facts;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public CitationCheck(AliasTable aliases) {
        this.facts = new Facts(aliases);
    }

    public Checked check(String draft, List<Hit> hits, Language language) {
        List<Words> passages = hits.stream().map(h -> Words.of(h.passage().text())).toList();
        TreeSet<Integer> removed = new TreeSet<>();
        List<String> recited = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<List<Claim>> lines = new ArrayList<>();
        String normalized = MARKERS_AFTER_STOP.matcher(draft.strip()).replaceAll("$2$1");
        for (String line : normalized.split("\\R")) {
            List<Claim> kept = new ArrayList<>();
            for (String raw : splitter.sentences(line)) {
                Claim s = parse(raw, hits.size(), removed);
                if (s.text().isBlank() || isMarkup(s.text())) {
                    continue;
                }
                Optional<Claim> checked = verify(s, passages);
                checked.ifPresentOrElse(c -> {
                    kept.add(c);
                    if (!c.cited().equals(s.cited())) {
                        recited.add(s.text());
                    }
                }, () -> dropped.add(s.text()));
            }
            if (!kept.isEmpty()) {
                lines.add(kept);
            }
        }
        CheckReport report = new CheckReport(List.copyOf(removed), recited, dropped);
        if (lines.isEmpty()) {
            boolean cited = MARKER.matcher(draft).find();
            return new Checked(Declines.of(language,
                    cited ? new DeclineReason.UnsupportedDraft() : new DeclineReason.ModelDeclined()), report);
        }
        return new Checked(write(lines, hits), report);
    }

    private static Claim parse(String raw, int passages, TreeSet<Integer> removed) {
        List<Integer> cited = new ArrayList<>();
        Matcher m = MARKER.matcher(raw);
        while (m.find()) {
            for (String n : m.group(1).split("[,;]")) {
                int k = Integer.parseInt(n.strip());
                if (k >= 1 && k <= passages) {
                    if (!cited.contains(k)) {
                        cited.add(k);
                    }
                } else {
                    removed.add(k);
                }
            }
        }
        return new Claim(MARKER.matcher(raw).replaceAll("").strip(), cited);
    }

    /** A heading or list mark left alone on its line ("-", "**Jawaban:**") is not a claim. */
    private static boolean isMarkup(String text) {
        return Terms.tokens(text).isEmpty();
    }

    private Optional<Claim> verify(Claim s, List<Words> passages) {
        List<Fact> need = facts.of(s.text());
        if (!s.cited().isEmpty() && need.stream().allMatch(f -> s.cited().stream()
                .anyMatch(n -> passages.get(n - 1).holds(f)))) {
            return Optional.of(s);
        }
        for (int i = 0; i < passages.size(); i++) {
            Words p = passages.get(i);
            if (need.stream().allMatch(p::holds) && overlap(s.text(), p) >= MIN_OVERLAP) {
                return Optional.of(new Claim(s.text(), List.of(i + 1)));
            }
        }
        return Optional.empty();
    }

    /** Share of the sentence's content words (stemmed) that the passage holds. */
    private static double overlap(String sentence, Words passage) {
        List<String> content = Terms.tokens(sentence).stream().filter(t -> !StopWords.contains(t)).toList();
        if (content.isEmpty()) {
            return 0;
        }
        long held = content.stream().filter(t -> passage.holds(List.of(t))).count();
        return (double) held / content.size();
    }

    private static Answer write(List<List<Claim>> lines, List<Hit> hits) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        Map<Integer, List<String>> supported = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (List<Claim> line : lines) {
            List<String> written = new ArrayList<>();
            for (Claim s : line) {
                StringBuilder markers = new StringBuilder();
                for (int n : s.cited()) {
                    int shown = numbers.computeIfAbsent(n, k -> numbers.size() + 1);
                    supported.computeIfAbsent(n, k -> new ArrayList<>()).add(s.text());
                    markers.append('[').append(shown).append(']');
                }
                written.add(withMarkers(s.text(), markers.toString()));
            }
            out.add(String.join(" ", written));
        }
        List<Citation> citations = new ArrayList<>();
        numbers.forEach((n, shown) -> {
            Hit h = hits.get(n - 1);
            citations.add(new Citation(shown, h.passage(), h.article(), Quotes.closest(h.passage().text(),
                    supported.get(n))));
        });
        return new Answer.Grounded(String.join("\n", out), citations, "");
    }

    private static String withMarkers(String text, String markers) {
        int end = text.length();
        while (end > 0 && ".!?…".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String body = text.substring(0, end).stripTrailing();
        return body + " " + markers + text.substring(end);
    }
}
