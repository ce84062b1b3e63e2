package dev.kabar.retrieval.solr;

import dev.kabar.chat.GoldenQuestions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.chat.Library;
import dev.kabar.chat.Question;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * One node of the 2-node cluster stopped while questions are being answered, then started again:
 * every question is answered, and answered as before (each shard keeps a replica on the other
 * node, and {@link SolrNodes} tries the next node when one does not answer).
 */
class SolrNodeFaultTest {

    /** Answers to wait for in each phase: enough that both nodes come first in turn many times. */
    private static final int PER_PHASE = 20;
    private static final long PHASE_MINUTES = 3;

    @Test
    void should_lose_no_answer_when_a_node_stops_and_starts_again_mid_run() throws InterruptedException {
        BundledOnSolr bundled = BundledOnSolr.shared();
        List<String> questions = GoldenQuestions.all().stream().map(q -> q.get("question").asText()).toList();
        Map<String, String> before = new HashMap<>();
        questions.forEach(q -> before.put(q, ask(bundled.solr, q)));

        Semaphore answered = new Semaphore(0);
        AtomicBoolean done = new AtomicBoolean();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        Thread asker = Thread.ofPlatform().name("solr-fault-asker").start(() -> {
            for (int i = 0; !done.get(); i++) {
                String q = questions.get(i % questions.size());
                try {
                    String text = ask(bundled.solr, q);
                    if (!text.equals(before.get(q))) {
                        problems.add("answered differently: " + q + " => " + text);
                    }
                } catch (RuntimeException e) {
                    problems.add("not answered: " + q + " => " + e);
                }
                answered.release();
            }
        });
        try {
            assertThat(answered.tryAcquire(PER_PHASE, PHASE_MINUTES, TimeUnit.MINUTES)).as("answers before the stop").isTrue();
            bundled.cluster.stop(1);
            try {
                assertThat(answered.tryAcquire(PER_PHASE, PHASE_MINUTES, TimeUnit.MINUTES))
                        .as("answers while node 1 is down").isTrue();
            } finally {
                bundled.cluster.start(1);
            }
            assertThat(answered.tryAcquire(PER_PHASE, PHASE_MINUTES, TimeUnit.MINUTES))
                    .as("answers after node 1 is back").isTrue();
        } finally {
            done.set(true);
            asker.join(Duration.ofMinutes(2));
        }
        assertThat(asker.isAlive()).isFalse();
        assertThat(problems).isEmpty();
    }

    private static String ask(Library library, String question) {
        return library.door().ask(Question.of(question)).answer().text();
    }
}
