package dev.kabar.article;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: its metadata, its body with page furniture removed (paragraphs separated by a
 * blank line), and the passages cut from that body.
 */
public record Article(ArticleMeta meta, String text, List<Passage> passages) {

    public Article {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(text, "text");
        passages = List.copyOf(passages);
    }

    public String id() {
        return meta.id();
    }
}
