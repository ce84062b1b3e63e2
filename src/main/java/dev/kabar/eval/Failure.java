package dev.kabar.eval;

/**
 * A question a system got wrong, for error analysis: an answerable one declined or answered without
 * the gold text, or an impossible one answered.
 *
 * @param goldRank 1-based rank of the gold article among the top 10 passages, 0 when absent
 */
public record Failure(QaItem item, int goldRank, Reply reply) {

    static boolean isFailure(QaItem item, Reply reply) {
        if (item.impossible()) {
            return !reply.declined();
        }
        return reply.declined() || !Metrics.containsAny(reply.text(), item.answers());
    }
}
