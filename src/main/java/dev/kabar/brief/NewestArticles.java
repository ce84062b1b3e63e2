package dev.kabar.brief;

import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ids of the newest articles, for whole-collection briefings. Listing every article of a large
 * index costs a few hundred milliseconds, so the list is kept until the store's
 * {@link ArticleStore#version() version} changes (a re-index or an update). Thread-safe.
 */
final class NewestArticles {

    private record Snapshot(List<String> ids, long version) {}

    private final ArticleStore store;
    private final int count;
    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    NewestArticles(ArticleStore store, int count) {
        this.store = store;
        this.count = count;
    }

    List<String> ids() {
        long version = store.version();
        Snapshot s = last.get();
        if (s != null && s.version() == version) {
            return s.ids();
        }
        List<ArticleSummary> all = new ArrayList<>(store.articles());
        all.sort(Comparator.comparing((ArticleSummary a) -> a.meta().published(),
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(a -> a.meta().id()));
        List<String> ids = all.stream().limit(count).map(a -> a.meta().id()).toList();
        last.set(new Snapshot(ids, version));
        return ids;
    }
}
