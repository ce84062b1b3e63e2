package dev.kabar.retrieval;

import dev.kabar.article.ArticleMeta;

/** One line of the source list: an article's metadata and how many passages it was cut into. */
public record ArticleSummary(ArticleMeta meta, int passageCount) {}
