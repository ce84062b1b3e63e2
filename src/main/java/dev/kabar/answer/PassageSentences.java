package dev.kabar.answer;

import dev.kabar.article.Passage;
import dev.kabar.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysed sentences of passages, remembered by passage id: the same passages answer many
 * questions, and splitting, tokenising and stemming them again for each one was most of the
 * composer's work. Bounded: when {@value #MAX_PASSAGES} passages are held, the cache starts afresh.
 * An entry is used only while the passage text is unchanged, so a re-indexed passage is analysed
 * anew. Thread-safe; analysis is pure, so two threads racing on one passage store equal values.
 *
 * <p>A full stop followed by a reference mark ({@code "… tahun 160.[1] Merupakan …"}, as in
 * encyclopaedia text) also ends a sentence here, so such a passage is not read as one long sentence.
 */
final class PassageSentences {

    static final int MAX_PASSAGES = 2_048;

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final Pattern AFTER_REFERENCE_MARK = Pattern.compile(
            "[.!?](?:\\[(?:\\d{1,3}|note \\d{1,3}|[a-z])])+(\\s+)(?=[\\p{Lu}\\d“\"(])");

    private record Entry(String text, List<Sentence> sentences) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    List<Sentence> of(Passage passage) {
        String text = passage.text();
        Entry e = entries.get(passage.id());
        if (e != null && e.text().equals(text)) {
            return e.sentences();
        }
        List<Sentence> sentences = SPLITTER.sentences(text).stream()
                .flatMap(s -> atReferenceMarks(s).stream())
                .map(Sentence::of)
                .toList();
        if (entries.size() >= MAX_PASSAGES) {
            entries.clear();
        }
        entries.put(passage.id(), new Entry(text, sentences));
        return sentences;
    }

    /** {@code sentence} cut where a reference mark follows its full stop. */
    static List<String> atReferenceMarks(String sentence) {
        Matcher m = AFTER_REFERENCE_MARK.matcher(sentence);
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (m.find()) {
            parts.add(sentence.substring(start, m.start(1)));
            start = m.end(1);
        }
        parts.add(sentence.substring(start));
        return parts;
    }
}
