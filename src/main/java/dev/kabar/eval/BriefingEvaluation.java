package dev.kabar.eval;

import dev.kabar.brief.Briefing;
import dev.kabar.brief.invariant.BriefingInvariants;
import dev.kabar.brief.invariant.InvariantTally;
import dev.kabar.chat.Library;
import dev.kabar.chat.Question;
import dev.kabar.retrieval.ArticleSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * {@code kabar eval --briefings}: briefings on news of any kind, checked by invariants. For each of
 * the collection's articles in id order (up to a limit) it asks the briefing a reader of that
 * article would ask ({@link BriefingTopics}), through the same front door as {@code kabar brief},
 * and checks the result with {@link BriefingInvariants}.
 */
public final class BriefingEvaluation {

    /**
     * @param briefings briefings asked
     * @param found those that found something
     * @param millis total briefing time
     */
    public record Result(int articles, int briefings, int found, long millis, InvariantTally tally) {}

    private BriefingEvaluation() {}

    public static Result run(Library library, Integer limit, IntConsumer progress) {
        List<String> ids = library.store().articles().stream().map(ArticleSummary::meta)
                .map(m -> m.id()).sorted(Comparator.naturalOrder()).toList();
        List<String> asked = limit == null ? ids : ids.subList(0, Math.min(limit, ids.size()));
        BriefingInvariants invariants = new BriefingInvariants(library.store()::article);
        InvariantTally tally = new InvariantTally();
        int found = 0;
        long nanos = 0;
        List<String> topics = new ArrayList<>();
        for (String id : asked) {
            library.store().article(id).map(BriefingTopics::of).filter(t -> !t.isBlank()).ifPresent(topics::add);
        }
        for (int i = 0; i < topics.size(); i++) {
            long t0 = System.nanoTime();
            Briefing b = library.door().brief(Question.of(topics.get(i)));
            nanos += System.nanoTime() - t0;
            if (b.found()) {
                found++;
                tally.add(invariants.check(b));
            }
            progress.accept(i + 1);
        }
        return new Result(ids.size(), topics.size(), found, nanos / 1_000_000, tally);
    }

    /** The article ids the measurement would ask about, for the progress bar's total. */
    public static int count(Library library, Integer limit) {
        int all = library.store().articles().size();
        return limit == null ? all : Math.min(limit, all);
    }
}
