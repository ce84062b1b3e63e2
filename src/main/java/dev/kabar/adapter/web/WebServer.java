package dev.kabar.adapter.web;

import dev.kabar.chat.FrontDoor;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.Library;
import dev.kabar.chat.RateLimiter;
import dev.kabar.chat.Rejected;
import dev.kabar.chat.ResultJson;
import dev.kabar.chat.Webhooks;
import dev.kabar.feed.Following;
import dev.kabar.retrieval.IndexException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat page and the JSON API over one {@link Library}. Owns the Javalin server: {@link #close()}
 * stops it; the library stays open for its own owner to close.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Jetty's selector, acceptor and housekeeping threads; requests run on virtual threads. */
    private static final int PLATFORM_THREADS = 8;
    /** Open connections at most; beyond it Jetty stops accepting until one closes. */
    private static final int MAX_CONNECTIONS = 2_000;

    private final Javalin app;
    private final String host;
    private final Workers workers;

    private WebServer(Javalin app, String host, Workers workers) {
        this.app = app;
        this.host = host;
        this.workers = workers;
    }

    /** Starts listening; returns once the port is bound. */
    public static WebServer start(Library library, WebSettings settings, Clock clock) {
        return start(library, settings, clock, new Webhooks());
    }

    /** As {@link #start(Library, WebSettings, Clock)}, also routing {@code POST /hooks/{name}} to {@code hooks}. */
    public static WebServer start(Library library, WebSettings settings, Clock clock, Webhooks hooks) {
        return start(library, settings, clock, hooks, Optional.empty());
    }

    /**
     * As {@link #start(Library, WebSettings, Clock, Webhooks)}, with the followed feeds behind
     * {@code /api/feeds} and in {@code /healthz} and {@code /metrics} (empty: a server that polls none).
     */
    public static WebServer start(Library library, WebSettings settings, Clock clock, Webhooks hooks,
            Optional<Following> feeds) {
        Objects.requireNonNull(library, "library");
        WebMetrics metrics = new WebMetrics();
        boolean limited = settings.rateLimitPerMinute() > 0;
        FrontDoor door = limited ? library.door().limitedBy(new RateLimiter(settings.rateLimitPerMinute(), clock))
                : library.door();
        Workers workers = new Workers();
        AskRoutes ask = new AskRoutes(door, metrics, workers);
        ArticleRoutes articles = new ArticleRoutes(library.store());
        HookRoute hook = new HookRoute(hooks, workers);
        AdminRoutes admin = new AdminRoutes(library.desk(), settings.adminToken(), workers);
        FeedRoutes feedRoutes = new FeedRoutes(feeds, admin, workers);
        Pages pages = Pages.load();
        RouteTable table = new RouteTable();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = RequestBody.MAX_BYTES;
            jetty(config, settings, table, metrics);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(table, ctx),
                    ctx.statusCode(), Duration.ofNanos((long) (ms * 1_000_000))));
            config.routes.before(ctx -> SecurityHeaders.apply(ctx::header));
            if (limited) {
                config.routes.before("/api/*", ctx -> limit(door, settings.trustedProxies(), ctx));
            }
            Routes routes = new Routes(config, table);
            routes.add("POST", "/api/ask", ask::ask);
            routes.add("GET", "/api/ask/stream", ask::stream);
            routes.add("POST", "/api/brief", ask::brief);
            routes.add("GET", "/api/articles", articles::articles);
            routes.add("POST", "/api/articles", admin::add);
            routes.add("GET", "/api/articles/{id}", articles::article);
            routes.add("DELETE", "/api/articles/{id}", admin::remove);
            routes.add("GET", "/api/passages/{id}", articles::passage);
            routes.add("GET", "/a/{id}", pages::article);
            routes.add("GET", "/strings.js", pages::strings);
            routes.add("POST", "/hooks/{name}", hook::handle);
            routes.add("GET", "/api/feeds", feedRoutes::list);
            routes.add("POST", "/api/feeds", feedRoutes::follow);
            routes.add("DELETE", "/api/feeds", feedRoutes::unfollow);
            routes.add("GET", "/healthz", ctx -> health(ctx, library, feeds));
            routes.add("GET", "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape() + feeds.map(f -> FeedHealth.metrics(f.feeds())).orElse("")));
            errors(config);
        });
        app.start(settings.host(), settings.port());
        hooks.served();
        return new WebServer(app, settings.host(), workers);
    }

    /** Registers each route with Javalin and in the table the guard answers 405 from, so they never differ. */
    private record Routes(JavalinConfig config, RouteTable table) {
        void add(String method, String path, Handler handler) {
            table.add(method, path);
            config.routes.addHttpHandler(HandlerType.findOrCreate(method), path, handler);
        }
    }

    /**
     * Jetty below Javalin: the guard in front of every request, JSON errors for what Jetty refuses
     * itself, request threads that are virtual, and a cap on open connections.
     */
    private static void jetty(JavalinConfig config, WebSettings settings, RouteTable table, WebMetrics metrics) {
        config.jetty.threadPool = threadPool();
        config.jetty.modifyServer(server -> {
            server.setHandler(new HttpGuard(settings.allowedHosts(), table, metrics));
            server.setErrorHandler(new JsonErrorHandler());
            server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
        // blocking reads and writes of a request give up after this long without progress
        config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(RequestBody.DEADLINE.toMillis()));
    }

    /**
     * Request threads are virtual: a client that trickles its body parks a thread that costs a few
     * hundred bytes, so no number of slow clients can take every worker (with a bounded pool of
     * platform threads, 14 of them stopped every route). Jetty's own selector and acceptor threads stay
     * on a small pool of platform threads; answers and briefings, the CPU work, go to {@link Workers}.
     */
    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(PLATFORM_THREADS, Math.min(PLATFORM_THREADS, 4));
        pool.setName("kabar-http");
        pool.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("kabar-request-", 0).factory()));
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
        workers.close();
    }

    /** Every {@code /api/*} request counts against its client's address, before its body is read. */
    private static void limit(FrontDoor door, TrustedProxies proxies, Context ctx) {
        // a proxy may add its own X-Forwarded-For line after the client's: read every line, in order
        String forwarded = String.join(",", Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
        try {
            door.count(proxies.client(ctx.req().getRemoteAddr(), forwarded));
        } catch (Rejected r) {
            ctx.header("Retry-After", Long.toString(r.retryAfterSeconds()));
            throw AskRoutes.refused(r);
        }
    }

    private static void health(Context ctx, Library library, Optional<Following> feeds) {
        var o = KabarJson.mapper().createObjectNode();
        int articles;
        try {
            articles = library.store().articles().size();
        } catch (IndexException e) {
            LOG.warn("health check: the index does not answer: {}", e.getMessage());
            ApiException down = ApiException.indexUnavailable();
            o.put("status", "unavailable");
            o.put("error", down.code());
            o.put("message", down.getMessage());
            Json.send(ctx, down.status(), o);
            return;
        }
        o.put("status", "ok");
        o.put("articles", articles);
        feeds.ifPresent(f -> o.set("feeds", FeedHealth.summary(f.feeds())));
        Json.send(ctx, 200, o);
    }

    /** The one place exceptions become responses: JSON, never a stack trace. */
    private static void errors(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) ->
                Json.send(ctx, e.status(), Json.error(e.code(), e.getMessage())));
        config.routes.exception(ClientGone.class, (e, ctx) -> {
            LOG.debug("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.status(400); // nobody reads it; counted as a client error, not a 500
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                Json.send(ctx, e.getStatus(), Json.error(JettyErrors.code(e.getStatus()), JettyErrors.message(e.getStatus()))));
        config.routes.exception(IndexException.class, (e, ctx) -> {
            LOG.warn("{} {}: the index does not answer: {}", ctx.method(), ctx.path(), e.getMessage());
            ApiException down = ApiException.indexUnavailable();
            Json.send(ctx, down.status(), Json.error(down.code(), down.getMessage()));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            Json.send(ctx, 500, Json.error("internal_error",
                    "kabar could not answer this request; try again, and report it if it keeps happening"));
        });
    }

    /** The route's template, so metric labels stay few; static files and misses are grouped. */
    private static String route(RouteTable table, Context ctx) {
        return table.template(ctx.path()).orElse(ctx.statusCode() == 404 ? "unmatched" : "static");
    }
}
