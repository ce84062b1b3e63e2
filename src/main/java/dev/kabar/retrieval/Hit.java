package dev.kabar.retrieval;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;

/** A retrieved passage, the article it belongs to and its retrieval score (higher is better). */
public record Hit(Passage passage, ArticleMeta article, double score) {}
