package dev.kabar.eval;

import java.util.List;
import java.util.Objects;

/**
 * One evaluation question.
 *
 * @param id the dataset's question id (or a generated one, e.g. {@code row-12})
 * @param contextId index of the question's own paragraph in {@link QaDataset#contexts()}
 * @param answers the gold answer texts; empty for an impossible question
 * @param impossible whether the paragraph does not hold the answer (SQuAD 2.0 {@code is_impossible})
 */
public record QaItem(String id, String question, int contextId, List<String> answers, boolean impossible) {

    public QaItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        if (contextId < 0) {
            throw new IllegalArgumentException("contextId must be >= 0, was " + contextId);
        }
        answers = List.copyOf(answers);
        if (!impossible && answers.isEmpty()) {
            throw new IllegalArgumentException("answerable question " + id + " needs at least one gold answer");
        }
    }
}
