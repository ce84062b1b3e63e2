package dev.kabar.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.brief.invariant.Invariant;
import dev.kabar.brief.invariant.InvariantTally;
import dev.kabar.brief.invariant.Violation;
import java.util.List;
import java.util.Locale;

/** The report of {@code kabar eval --briefings}: a table for people, or one JSON object. */
public final class BriefingReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BriefingReport() {}

    public static ObjectNode json(String corpus, BriefingEvaluation.Result r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("corpus", corpus);
        o.put("articles", r.articles());
        o.put("briefings", r.briefings());
        o.put("found", r.found());
        o.put("msPerBriefing", r.briefings() == 0 ? 0 : (double) r.millis() / r.briefings());
        ObjectNode inv = o.putObject("invariants");
        for (Invariant i : Invariant.values()) {
            ObjectNode n = inv.putObject(key(i));
            n.put("checked", r.tally().checked(i));
            n.put("held", r.tally().held(i));
            n.put("rate", r.tally().rate(i));
        }
        return o;
    }

    public static String table(String corpus, BriefingEvaluation.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "corpus    %s: %d articles; %d briefings asked, %d found something,"
                + " %.0f ms each%n%n", corpus, r.articles(), r.briefings(), r.found(),
                r.briefings() == 0 ? 0.0 : (double) r.millis() / r.briefings()));
        sb.append(String.format(Locale.ROOT, "%-38s%9s%9s%8s%n", "invariant", "checked", "held", "rate"));
        InvariantTally t = r.tally();
        for (Invariant i : Invariant.values()) {
            sb.append(String.format(Locale.ROOT, "%-38s%9d%9d%8.3f%n", i.label(), t.checked(i), t.held(i), t.rate(i)));
        }
        return sb.toString();
    }

    /** Up to {@code max} violations, one line each. */
    public static String violations(InvariantTally tally, int max) {
        StringBuilder sb = new StringBuilder();
        List<Violation> all = tally.violations();
        for (Violation v : all.subList(0, Math.min(max, all.size()))) {
            String item = v.item().replaceAll("\\s+", " ");
            sb.append(String.format(Locale.ROOT, "%-18s %s  %s%n", key(v.invariant()), v.articleId(),
                    item.length() > 240 ? item.substring(0, 240) + " …" : item));
        }
        return sb.toString();
    }

    /** {@code SPEAKER_NAMED} → {@code speakerNamed}. */
    static String key(Invariant i) {
        String[] parts = i.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int k = 1; k < parts.length; k++) {
            sb.append(Character.toUpperCase(parts[k].charAt(0))).append(parts[k].substring(1));
        }
        return sb.toString();
    }
}
