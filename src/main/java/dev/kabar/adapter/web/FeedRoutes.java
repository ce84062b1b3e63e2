package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.Messages;
import dev.kabar.feed.FeedException;
import dev.kabar.feed.FeedJson;
import dev.kabar.feed.Followed;
import dev.kabar.feed.Following;
import dev.kabar.text.Language;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET}, {@code POST} and {@code DELETE /api/feeds}: the followed feeds, for whoever holds the
 * admin token (as {@code /api/articles}; without a token configured the routes answer 404). The server
 * that owns the state directory polls them; a change counts at its next tick.
 */
final class FeedRoutes {

    private static final String EXAMPLE = "{\"url\": \"https://…/feed.xml\"}";

    private final Optional<Following> following;
    private final AdminRoutes admin;
    private final Workers workers;

    FeedRoutes(Optional<Following> following, AdminRoutes admin, Workers workers) {
        this.following = following;
        this.admin = admin;
        this.workers = workers;
    }

    void list(Context ctx) {
        Following f = authorized(ctx);
        Json.send(ctx, 200, workers.call(() -> f.feeds().stream().map(FeedJson::of).toList()));
    }

    /** {@code {"url"}} → 201 followed (with {@code problem} when its first fetch failed), 200 followed already. */
    void follow(Context ctx) {
        Following f = authorized(ctx);
        JsonNode url = AskRoutes.jsonBody(ctx, EXAMPLE, RequestBody.MAX_BYTES).get("url");
        if (url == null || !url.isTextual() || !isHttpUrl(url.asText())) {
            throw ApiException.badRequest("bad_url", say("web.feeds.url-missing"));
        }
        record Outcome(Followed followed, FeedException refused) {}
        Outcome o = workers.call(() -> {
            try {
                return new Outcome(f.follow(url.asText()), null);
            } catch (FeedException e) {
                return new Outcome(null, e);
            }
        });
        if (o.refused() != null) { // a page that names no feed
            throw new ApiException(422, "unprocessable", o.refused().getMessage());
        }
        ObjectNode body = KabarJson.mapper().valueToTree(FeedJson.of(o.followed().feed()));
        body.put("problem", o.followed().problem().isEmpty() ? null : o.followed().problem());
        Json.send(ctx, o.followed().added() ? 201 : 200, body);
    }

    /** {@code ?url=…} → 200, or 404 when not followed. */
    void unfollow(Context ctx) {
        Following f = authorized(ctx);
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest("bad_url", say("web.feeds.url-missing"));
        }
        if (!workers.call(() -> f.unfollow(url))) {
            throw ApiException.notFound(say("web.feeds.not-followed", url.strip()));
        }
        Json.send(ctx, 200, Map.of("url", url.strip(), "removed", true));
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Following authorized(Context ctx) {
        admin.authorize(ctx, "web.feeds.no-token");
        return following.orElseThrow(() -> new ApiException(409, "unavailable", say("web.feeds.off")));
    }

    private static String say(String key, Object... args) {
        return Messages.text(Language.EN, key, args);
    }
}
