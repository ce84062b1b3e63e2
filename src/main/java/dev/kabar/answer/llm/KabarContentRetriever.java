package dev.kabar.answer.llm;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * kabar's own retriever as a LangChain4j {@link ContentRetriever}: each hit becomes a
 * {@link Content} whose segment carries the passage text and, as metadata, where it came from
 * (passage and article id, title, outlet, date) and its score.
 */
public final class KabarContentRetriever implements ContentRetriever {

    public static final String PASSAGE_ID = "passageId";
    public static final String ARTICLE_ID = "articleId";
    public static final String TITLE = "title";
    public static final String OUTLET = "outlet";
    public static final String PUBLISHED = "published";

    private final PassageRetriever retriever;
    private final int topK;

    public KabarContentRetriever(PassageRetriever retriever, int topK) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1, was " + topK);
        }
        this.topK = topK;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return retriever.search(query.text(), topK).stream().map(KabarContentRetriever::content).toList();
    }

    /** The content for one hit. */
    public static Content content(Hit hit) {
        Passage p = hit.passage();
        ArticleMeta a = hit.article();
        Metadata m = new Metadata()
                .put(PASSAGE_ID, p.id())
                .put(ARTICLE_ID, a.id())
                .put(TITLE, a.title())
                .put(OUTLET, a.outlet())
                .put(PUBLISHED, a.publishedIso());
        return Content.from(TextSegment.from(p.text(), m), Map.of(ContentMetadata.SCORE, hit.score()));
    }
}
