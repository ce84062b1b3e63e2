package dev.kabar.adapter.telegram;

import dev.kabar.article.ArticleMeta;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What the bot tells people it knows: article count, outlets and the date range. */
record LibraryFacts(int articles, List<String> outlets, LocalDate from, LocalDate to) {

    static LibraryFacts of(ArticleStore store) {
        List<ArticleSummary> all = store.articles();
        TreeSet<String> outlets = new TreeSet<>();
        List<LocalDate> dates = all.stream().map(ArticleSummary::meta).map(ArticleMeta::published)
                .filter(Objects::nonNull).sorted().toList();
        all.forEach(a -> {
            if (!a.meta().outlet().isBlank()) {
                outlets.add(a.meta().outlet());
            }
        });
        return new LibraryFacts(all.size(), List.copyOf(outlets), dates.isEmpty() ? null : dates.getFirst(),
                dates.isEmpty() ? null : dates.getLast());
    }
}
