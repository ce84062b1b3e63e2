package dev.kabar.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Asks every question of a dataset of each system in turn, one question at a time on the calling
 * thread (so latencies are not skewed by contention), and tallies the outcomes.
 */
public final class Evaluation {

    private final List<QaSystem> systems;
    private final int maxFailures;

    /** Per system, in the order given: its scores; and up to {@code maxFailures} failures of the first. */
    public record Result(List<String> systems, List<Scores> scores, List<Failure> failures) {

        public Result {
            systems = List.copyOf(systems);
            scores = List.copyOf(scores);
            failures = List.copyOf(failures);
        }
    }

    public Evaluation(List<QaSystem> systems, int maxFailures) {
        if (systems.isEmpty()) {
            throw new IllegalArgumentException("systems must not be empty");
        }
        if (maxFailures < 0) {
            throw new IllegalArgumentException("maxFailures must be >= 0, was " + maxFailures);
        }
        this.systems = List.copyOf(systems);
        this.maxFailures = maxFailures;
    }

    /**
     * @param progress receives the number of questions done after each one
     */
    public Result run(QaDataset dataset, IntConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        List<Tally> tallies = systems.stream().map(s -> new Tally()).toList();
        List<Failure> failures = new ArrayList<>();
        int done = 0;
        for (QaItem item : dataset.items()) {
            String gold = CorpusWriter.articleId(item.contextId());
            for (int s = 0; s < systems.size(); s++) {
                QaSystem system = systems.get(s);
                int goldRank = Metrics.rankOf(system.rank(item.question()), gold);
                long t0 = System.nanoTime();
                Reply reply = system.answer(item.question());
                long nanos = System.nanoTime() - t0;
                tallies.get(s).add(item, gold, goldRank, reply, nanos);
                if (s == 0 && failures.size() < maxFailures && Failure.isFailure(item, reply)) {
                    failures.add(new Failure(item, goldRank, reply));
                }
            }
            progress.accept(++done);
        }
        return new Result(systems.stream().map(QaSystem::name).toList(),
                tallies.stream().map(Tally::scores).toList(), failures);
    }
}
