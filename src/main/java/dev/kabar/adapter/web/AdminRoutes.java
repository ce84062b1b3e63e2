package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kabar.chat.AddedArticle;
import dev.kabar.chat.ArticleDesk;
import dev.kabar.chat.DeskException;
import dev.kabar.chat.Messages;
import dev.kabar.text.Language;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/articles} and {@code DELETE /api/articles/{id}}: adding and removing articles while
 * serving, for whoever holds the admin token ({@code KABAR_ADMIN_TOKEN}, from the environment only).
 * Without a token configured the routes answer 404, as if they did not exist; a missing or wrong
 * bearer token gets 401.
 */
final class AdminRoutes {

    /** A page sent with its HTML may be this large (the fetcher's cap too); other routes take 1 MB. */
    static final int MAX_ADD_BYTES = 5 * 1024 * 1024 + 64 * 1024;

    private static final String EXAMPLE = "{\"url\": \"https://…\"} or {\"url\": \"https://…\", \"html\": \"<html>…\"}";

    private final ArticleDesk desk;
    private final byte[] token;
    private final Workers workers;

    AdminRoutes(ArticleDesk desk, String token, Workers workers) {
        this.desk = desk;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.workers = workers;
    }

    void add(Context ctx) {
        authorize(ctx);
        JsonNode body = AskRoutes.jsonBody(ctx, EXAMPLE, MAX_ADD_BYTES);
        JsonNode html = body.get("html");
        if (html != null && !html.isNull() && !html.isTextual()) {
            throw ApiException.badRequest("bad_html", say("web.articles.html-not-text", EXAMPLE));
        }
        boolean withHtml = html != null && !html.isNull();
        // with the page's HTML the URL may be left out when the page names its own (a saved page from kabar add)
        URI url = withHtml && (body.get("url") == null || body.get("url").isNull()) ? null : url(body.get("url"));
        Outcome outcome = workers.call(() -> {
            try {
                return new Outcome(withHtml ? desk.add(url, html.asText()) : desk.add(url.toString()), null);
            } catch (DeskException e) {
                return new Outcome(null, e);
            }
        });
        if (outcome.failure() != null) {
            throw refused(outcome.failure());
        }
        Json.send(ctx, outcome.added().created() ? 201 : 200, outcome.added());
    }

    void remove(Context ctx) {
        authorize(ctx);
        String id = ctx.pathParam("id");
        if (!workers.call(() -> desk.remove(id))) {
            throw ApiException.notFound(say("web.articles.not-found", id));
        }
        Json.send(ctx, 200, Map.of("id", id, "removed", true));
    }

    private record Outcome(AddedArticle added, DeskException failure) {}

    private void authorize(Context ctx) {
        authorize(ctx, "web.articles.no-token");
    }

    /** @param noTokenKey the message for a server without an admin token: the route does not exist */
    void authorize(Context ctx, String noTokenKey) {
        if (token.length == 0) {
            throw ApiException.notFound(say(noTokenKey));
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        // compared in constant time, so the answer's timing says nothing of how much of a guess was right
        if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", say("web.articles.unauthorized"));
        }
    }

    private static URI url(JsonNode node) {
        if (node != null && node.isTextual()) {
            try {
                URI u = new URI(node.asText().strip());
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                    return u;
                }
            } catch (URISyntaxException e) {
                // answered below
            }
        }
        throw ApiException.badRequest("bad_url", say("web.articles.url-missing", EXAMPLE));
    }

    static ApiException refused(DeskException e) {
        return switch (e.kind()) {
            case UNUSABLE -> new ApiException(422, "unprocessable", e.getMessage());
            case TIMED_OUT -> new ApiException(504, "upstream_timeout", e.getMessage());
            case UNREACHABLE -> new ApiException(502, "upstream_unreachable", e.getMessage());
        };
    }

    private static String say(String key, Object... args) {
        return Messages.text(Language.EN, key, args);
    }
}
