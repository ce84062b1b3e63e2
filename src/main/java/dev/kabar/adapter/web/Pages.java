package dev.kabar.adapter.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** HTML pages served at routes of their own (the article permalink {@code /a/{id}}). */
final class Pages {

    private final byte[] article;

    private Pages(byte[] article) {
        this.article = article;
    }

    static Pages load() {
        return new Pages(resource("/web/article.html"));
    }

    /** The same page for every id: its script reads the id from the address and fetches the article. */
    void article(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(article);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar: rebuild with ./mvnw package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
