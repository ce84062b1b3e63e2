package dev.kabar.answer.extractive;

import dev.kabar.article.Passage;
import dev.kabar.text.SentenceSplitter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysed sentences of passages, remembered by passage id: the same passages answer many
 * questions, and splitting, tokenising and stemming them again for each one was most of the
 * composer's work. Bounded: when {@value #MAX_PASSAGES} passages are held, the cache starts afresh.
 * An entry is used only while the passage text is unchanged, so a re-indexed passage is analysed
 * anew. Thread-safe; analysis is pure, so two threads racing on one passage store equal values.
 */
final class PassageSentences {

    static final int MAX_PASSAGES = 2_048;

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private record Entry(String text, List<Sentence> sentences) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    List<Sentence> of(Passage passage) {
        String text = passage.text();
        Entry e = entries.get(passage.id());
        if (e != null && e.text().equals(text)) {
            return e.sentences();
        }
        List<Sentence> sentences = SPLITTER.sentences(text).stream().map(Sentence::of).toList();
        if (entries.size() >= MAX_PASSAGES) {
            entries.clear();
        }
        entries.put(passage.id(), new Entry(text, sentences));
        return sentences;
    }
}
