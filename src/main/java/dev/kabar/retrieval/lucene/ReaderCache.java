package dev.kabar.retrieval.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Values computed from one open index reader, remembered until the reader changes: the work that
 * is the same for every question touching the same word or passage. Bounded: at {@code max}
 * entries it starts afresh. Thread-safe; values are pure functions of the reader and key, so two
 * threads racing on one key store equal values.
 */
final class ReaderCache<K, V> {

    interface Loader<K, V> {
        V load(K key) throws IOException;
    }

    private record Generation<K, V>(IndexReader reader, Map<K, V> values) {}

    private final int max;
    private volatile Generation<K, V> current = new Generation<>(null, Map.of());

    ReaderCache(int max) {
        this.max = max;
    }

    V get(IndexReader reader, K key, Loader<K, V> loader) throws IOException {
        Generation<K, V> g = current;
        if (g.reader() != reader) {
            g = new Generation<>(reader, new ConcurrentHashMap<>());
            current = g;
        }
        V v = g.values().get(key);
        if (v == null) {
            v = loader.load(key);
            if (g.values().size() >= max) {
                g.values().clear();
            }
            g.values().put(key, v);
        }
        return v;
    }
}
