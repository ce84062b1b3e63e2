package dev.kabar.brief.invariant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Items checked and items that held, per invariant, with the violations; added up over briefings. */
public final class InvariantTally {

    private final Map<Invariant, int[]> counts = new EnumMap<>(Invariant.class);
    private final List<Violation> violations = new ArrayList<>();

    void record(Invariant invariant, boolean held, String articleId, String item) {
        int[] c = counts.computeIfAbsent(invariant, k -> new int[2]);
        c[0]++;
        if (held) {
            c[1]++;
        } else {
            violations.add(new Violation(invariant, articleId, item));
        }
    }

    /** Adds {@code other}'s counts and violations to this tally. */
    public void add(InvariantTally other) {
        other.counts.forEach((k, v) -> {
            int[] c = counts.computeIfAbsent(k, x -> new int[2]);
            c[0] += v[0];
            c[1] += v[1];
        });
        violations.addAll(other.violations);
    }

    public int checked(Invariant invariant) {
        return counts.getOrDefault(invariant, new int[2])[0];
    }

    public int held(Invariant invariant) {
        return counts.getOrDefault(invariant, new int[2])[1];
    }

    /** The share of checked items that held; 1 when nothing was checked. */
    public double rate(Invariant invariant) {
        int checked = checked(invariant);
        return checked == 0 ? 1.0 : (double) held(invariant) / checked;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }
}
