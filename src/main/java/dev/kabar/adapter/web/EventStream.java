package dev.kabar.adapter.web;

import dev.kabar.retrieval.IndexException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server-sent event stream written on the request's own thread, whatever the {@code Accept} header
 * says (a client that did not ask for {@code text/event-stream} still gets the stream, not an empty 200).
 */
final class EventStream {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final OutputStream out;
    private volatile boolean clientGone;

    private EventStream(OutputStream out) {
        this.out = out;
    }

    /** Sends the stream's headers at once, so the client sees the answer start. */
    static EventStream open(Context ctx) {
        ctx.status(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        try {
            ctx.res().flushBuffer();
            return new EventStream(ctx.res().getOutputStream());
        } catch (IOException e) {
            throw new ClientGone("while the answer streamed", e);
        }
    }

    /**
     * One event, unless the client has hung up: then it and every later event are dropped, so the
     * composer writing the answer (a model's token stream) sees no failure of its own.
     */
    void sendIfOpen(String event, String data) {
        if (clientGone) {
            return;
        }
        try {
            send(event, data);
        } catch (ClientGone e) {
            clientGone = true;
            LOG.debug("stream: {}", e.getMessage());
        }
    }

    /** The answer failed after the stream opened: an {@code error} event with the API's error JSON. */
    void fail(RuntimeException e) {
        if (e instanceof ApiException api) {
            sendIfOpen("error", Json.error(api.code(), api.getMessage()).toString());
            return;
        }
        if (e instanceof IndexException) {
            LOG.warn("streamed answer: the index does not answer: {}", e.getMessage());
            ApiException down = ApiException.indexUnavailable();
            sendIfOpen("error", Json.error(down.code(), down.getMessage()).toString());
            return;
        }
        LOG.error("streamed answer failed", e);
        sendIfOpen("error", Json.error("internal_error",
                "kabar could not answer this request; try again, and report it if it keeps happening").toString());
    }

    /** One event; each line of {@code data} its own {@code data:} field, as the format requires. */
    private void send(String event, String data) {
        StringBuilder sb = new StringBuilder(data.length() + 32).append("event: ").append(event).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        sb.append('\n');
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ClientGone("while the answer streamed", e);
        }
    }
}
