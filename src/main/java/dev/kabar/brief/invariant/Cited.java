package dev.kabar.brief.invariant;

import dev.kabar.answer.Citation;
import dev.kabar.article.Article;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A briefing's citations by number, and the stored articles behind them. */
record Cited(Map<Integer, Citation> byNumber, Function<String, Optional<Article>> articles) {

    boolean exists(int n) {
        return byNumber.containsKey(n);
    }

    String passageText(int n) {
        Citation c = byNumber.get(n);
        return c == null ? "" : c.passage().text();
    }

    Optional<Citation> citation(List<Integer> numbers) {
        return numbers.stream().map(byNumber::get).filter(c -> c != null).findFirst();
    }

    /** The stored article of the first citation. */
    Optional<Article> first(List<Integer> numbers) {
        return citation(numbers).flatMap(c -> articles.apply(c.article().id()));
    }

    String articleId(List<Integer> numbers) {
        return citation(numbers).map(c -> c.article().id()).orElse("");
    }
}
