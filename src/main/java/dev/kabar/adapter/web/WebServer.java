package dev.kabar.adapter.web;

import dev.kabar.chat.Library;
import dev.kabar.chat.Webhooks;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat page and the JSON API over one {@link Library}. Owns the Javalin server: {@link #close()}
 * stops it; the library stays open for its own owner to close.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private static final int MIN_THREADS = 16;
    private static final int THREADS_PER_CORE = 8;

    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts listening; returns once the port is bound. */
    public static WebServer start(Library library, WebSettings settings, Clock clock) {
        return start(library, settings, clock, new Webhooks());
    }

    /** As {@link #start(Library, WebSettings, Clock)}, also routing {@code POST /hooks/{name}} to {@code hooks}. */
    public static WebServer start(Library library, WebSettings settings, Clock clock, Webhooks hooks) {
        Objects.requireNonNull(library, "library");
        WebMetrics metrics = new WebMetrics();
        RateLimiter limiter = settings.rateLimitPerMinute() == 0 ? null
                : new RateLimiter(settings.rateLimitPerMinute(), clock);
        AskRoutes ask = new AskRoutes(library.asker(), library.briefer(), metrics);
        ArticleRoutes articles = new ArticleRoutes(library.store());
        Pages pages = Pages.load();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.threadPool = threadPool();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx),
                    ctx.statusCode(), Duration.ofNanos((long) (ms * 1_000_000))));
            config.routes.before(SecurityHeaders::apply);
            if (limiter != null) {
                config.routes.before("/api/*", ctx -> limit(limiter, ctx));
            }
            config.routes.post("/api/ask", ask::ask);
            config.routes.before("/api/ask/stream", ask::validateStream);
            config.routes.sse("/api/ask/stream", ask::stream);
            config.routes.post("/api/brief", ask::brief);
            config.routes.get("/api/articles", articles::articles);
            config.routes.get("/api/articles/{id}", articles::article);
            config.routes.get("/api/passages/{id}", articles::passage);
            config.routes.get("/a/{id}", pages::article);
            config.routes.post("/hooks/{name}", ctx -> hook(ctx, hooks));
            config.routes.get("/healthz", ctx -> health(ctx, library));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            errors(config);
        });
        app.start(settings.host(), settings.port());
        hooks.served();
        return new WebServer(app, settings.host());
    }

    /**
     * A bounded pool of request threads (8 per core, at least 16, instead of Jetty's 200+): answering
     * is CPU work, so past a few per core more threads only share the cores among more requests at
     * once and stretch each one; beyond the pool, requests queue in arrival order. Enough remain for
     * streams held open while a model writes.
     */
    private static QueuedThreadPool threadPool() {
        int max = Math.max(MIN_THREADS, THREADS_PER_CORE * Runtime.getRuntime().availableProcessors());
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(max, 4));
        pool.setName("kabar-http");
        return pool;
    }

    public int port() {
        return app.port();
    }

    /** Where a browser on this machine reaches the page. */
    public URI url() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return URI.create("http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void limit(RateLimiter limiter, Context ctx) {
        long retryAfter = limiter.acquire(ctx.ip());
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            throw new ApiException(429, "rate_limited",
                    "too many requests from your address: wait " + retryAfter + " s and try again");
        }
    }

    /** An inbound webhook (Telegram's, in webhook mode): the registered handler decides the status. */
    private static void hook(Context ctx, Webhooks hooks) {
        Webhooks.Hook hook = hooks.get(ctx.pathParam("name"))
                .orElseThrow(() -> new ApiException(404, "not_found", "no webhook is registered under this name"));
        int status = hook.handle(ctx.bodyAsBytes(), ctx::header);
        if (status >= 400) {
            throw new ApiException(status, status == 401 || status == 403 ? "unauthorized" : "bad_request",
                    status == 400 ? "the body is not an update this webhook understands" : "wrong or missing secret token");
        }
        ctx.status(status);
    }

    private static void health(Context ctx, Library library) {
        var o = dev.kabar.chat.ResultJson.mapper().createObjectNode();
        o.put("status", "ok");
        o.put("articles", library.store().articles().size());
        Json.send(ctx, 200, o);
    }

    /** The one place exceptions become responses: JSON, never a stack trace. */
    private static void errors(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) ->
                Json.send(ctx, e.status(), Json.error(e.code(), e.getMessage())));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                Json.send(ctx, e.getStatus(), Json.error(code(e.getStatus()), message(e.getStatus()))));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            Json.send(ctx, 500, Json.error("internal_error",
                    "kabar could not answer this request; try again, and report it if it keeps happening"));
        });
    }

    private static String code(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 404 -> "no such page or endpoint: see README for the API";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request body is too large";
            default -> "the request could not be handled (HTTP " + status + ")";
        };
    }

    /** The matched route pattern, so metric labels stay few; static files and misses are grouped. */
    private static String route(Context ctx) {
        try {
            String path = ctx.endpoint().path;
            return path == null || path.isEmpty() || path.equals("*") ? "static" : path;
        } catch (RuntimeException noEndpoint) { // no route matched: static file or 404
            return ctx.statusCode() == 404 ? "unmatched" : "static";
        }
    }
}
