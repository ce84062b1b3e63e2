package dev.kabar.adapter.web;

import dev.kabar.chat.Webhooks;
import io.javalin.http.Context;
import java.util.concurrent.Semaphore;

/**
 * {@code POST /hooks/{name}}: an inbound webhook (Telegram's, in webhook mode). Its secret header is
 * checked before a byte of the body is read; then the body is read within {@link RequestBody}'s
 * limits. Bounded by concurrency, not by the per-address API rate limit: behind a proxy every update
 * comes from one address, and Telegram retries a 503 itself.
 */
final class HookRoute {

    /** Updates read or handled at once; the bot handles them one at a time anyway. */
    static final int MAX_CONCURRENT = 4;

    private final Webhooks hooks;
    private final Workers workers;
    private final Semaphore permits = new Semaphore(MAX_CONCURRENT);

    HookRoute(Webhooks hooks, Workers workers) {
        this.hooks = hooks;
        this.workers = workers;
    }

    void handle(Context ctx) {
        Webhooks.Hook hook = hooks.get(ctx.pathParam("name"))
                .orElseThrow(() -> ApiException.notFound("no webhook is registered under this name"));
        if (!hook.authorized(ctx::header)) {
            ctx.header("Connection", "close"); // the unread body is not drained
            throw new ApiException(401, "unauthorized", "wrong or missing secret token");
        }
        if (!permits.tryAcquire()) {
            ctx.header("Retry-After", "1");
            throw new ApiException(503, "busy", "too many webhook deliveries at once: retry shortly");
        }
        try {
            byte[] body = RequestBody.read(ctx, RequestBody.MAX_BYTES);
            int status = workers.call(() -> hook.handle(body));
            if (status >= 400) {
                throw ApiException.badRequest("bad_request", "the body is not an update this webhook understands");
            }
            ctx.status(status);
        } finally {
            permits.release();
        }
    }
}
