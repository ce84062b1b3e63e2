package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.article.Article;
import dev.kabar.article.Passage;
import dev.kabar.article.WebLinks;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.SourceJson;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.Hit;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The articles behind the answers: the source list, one article with its passages, one passage. */
final class ArticleRoutes {

    private final ArticleStore store;

    ArticleRoutes(ArticleStore store) {
        this.store = store;
    }

    void articles(Context ctx) {
        Json.send(ctx, 200, store.articles().stream().map(SourceJson::of).toList());
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article article = store.article(id)
                .orElseThrow(() -> ApiException.notFound("no article with id " + id + ": see GET /api/articles"));
        ObjectNode o = KabarJson.mapper().createObjectNode();
        o.put("id", article.id());
        o.put("title", article.meta().title());
        o.put("outlet", article.meta().outlet());
        o.put("published", article.meta().publishedIso().isEmpty() ? null : article.meta().publishedIso());
        o.put("byline", article.meta().byline());
        o.put("url", WebLinks.isWebLink(article.meta().url()) ? article.meta().url() : null);
        o.put("text", article.text());
        ArrayNode passages = o.putArray("passages");
        for (Passage p : article.passages()) {
            passages.add(passage(p));
        }
        Json.send(ctx, 200, o);
    }

    /** The id holds {@code #}, so clients send it URL-encoded ({@code %23}); decoded here if still encoded. */
    void passage(Context ctx) {
        String raw = ctx.pathParam("id");
        String id;
        try {
            id = raw.contains("%") ? URLDecoder.decode(raw, StandardCharsets.UTF_8) : raw;
        } catch (IllegalArgumentException badEscape) {
            throw ApiException.badRequest("bad_id", "the passage id holds a '%' that is not an escape: "
                    + "send it as articleId%23n");
        }
        Hit hit = store.passage(id)
                .orElseThrow(() -> ApiException.notFound("no passage with id " + id + " (send it as articleId%23n)"));
        ObjectNode o = passage(hit.passage());
        o.put("articleId", hit.article().id());
        o.put("title", hit.article().title());
        o.put("outlet", hit.article().outlet());
        o.put("published", hit.article().publishedIso().isEmpty() ? null : hit.article().publishedIso());
        o.put("permalink", "/a/" + hit.article().id() + "#p" + hit.passage().ordinal());
        Json.send(ctx, 200, o);
    }

    private static ObjectNode passage(Passage p) {
        ObjectNode o = KabarJson.mapper().createObjectNode();
        o.put("id", p.id());
        o.put("ordinal", p.ordinal());
        o.put("start", p.start());
        o.put("end", p.end());
        o.put("text", p.text());
        return o;
    }
}
