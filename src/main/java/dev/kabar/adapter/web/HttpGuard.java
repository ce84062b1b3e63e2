package dev.kabar.adapter.web;

import java.time.Duration;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, before Javalin makes a context or a metric label of it:
 * an unknown method is 501, a {@code Host} not on the allow-list 421, a known method a route does
 * not take 405 with {@code Allow}. Every response gets the security headers here, so even a static
 * file or a late error carries them.
 */
final class HttpGuard extends Handler.Wrapper {

    private static final Set<String> STATIC = Set.of("GET", "HEAD");

    private final HostAllowList hosts;
    private final RouteTable routes;
    private final WebMetrics metrics;

    HttpGuard(HostAllowList hosts, RouteTable routes, WebMetrics metrics) {
        this.hosts = hosts;
        this.routes = routes;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long t0 = System.nanoTime();
        SecurityHeaders.apply(response.getHeaders()::put);
        String method = request.getMethod();
        if (!HttpMethods.isKnown(method)) {
            return refuse(response, callback, 501, "not_implemented",
                    "kabar does not know this HTTP method: use GET or POST (see docs/api.md)", method, t0);
        }
        if (!hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
            return refuse(response, callback, 421, "misdirected_request",
                    "this server does not answer for that host name: use the address it was configured for "
                            + "(server.allowed-hosts)", method, t0);
        }
        String path = Request.getPathInContext(request);
        if (path == null) { // CONNECT host:port and OPTIONS * name no path: kabar is not a proxy
            return refuse(response, callback, 405, "method_not_allowed",
                    "this server is not a proxy: request a path with GET or POST", method, t0);
        }
        Set<String> allowed = routes.allowed(path);
        if (allowed.isEmpty() && !STATIC.contains(method) || !allowed.isEmpty() && !allowed.contains(method)) {
            if (allowed.isEmpty()) {
                return refuse(response, callback, 404, "not_found",
                        "no such page or endpoint: see docs/api.md for the API", method, t0);
            }
            response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
            return refuse(response, callback, 405, "method_not_allowed",
                    "this endpoint takes " + String.join(" or ", allowed) + ", not " + method, method, t0);
        }
        return super.handle(request, response, callback);
    }

    private boolean refuse(Response response, Callback callback, int status, String code, String message,
            String method, long t0) {
        JettyErrors.write(response, status, code, message, callback);
        metrics.request(method, "refused", status, Duration.ofNanos(System.nanoTime() - t0));
        return true;
    }
}
