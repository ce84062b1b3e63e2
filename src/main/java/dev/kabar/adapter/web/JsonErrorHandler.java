package dev.kabar.adapter.web;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises itself — a bad path (400), a URL or headers too large (414, 431), an HTTP
 * version it does not speak (505), a missing {@code Host} — as kabar's JSON error with the security
 * headers, instead of Jetty's HTML page. Never shows a stack or a cause.
 */
final class JsonErrorHandler extends ErrorHandler {

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; kabar's JSON error goes with every method. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        JettyErrors.write(response, code, JettyErrors.code(code), JettyErrors.message(code), callback);
    }
}
