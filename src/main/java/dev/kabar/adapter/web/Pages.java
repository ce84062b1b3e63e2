package dev.kabar.adapter.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.Messages;
import dev.kabar.chat.KabarJson;
import dev.kabar.text.Language;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the page needs beyond its static files: the article permalink {@code /a/{id}}, and
 * {@code /strings.js}, the page's words from the chat's message bundle.
 */
final class Pages {

    private final byte[] article;
    private final byte[] strings;

    private Pages(byte[] article, byte[] strings) {
        this.article = article;
        this.strings = strings;
    }

    static Pages load() {
        return new Pages(resource("/web/article.html"), strings());
    }

    /** {@code window.KabarStrings}, which {@code i18n.js} reads: one script, so the page has its words before it runs. */
    void strings(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").result(strings);
    }

    /**
     * The bundle's {@code page.*} sentences under their names without the prefix, and the
     * {@code brief.*} and {@code answer.*} labels the page shares with the bot and the command line
     * under their full names.
     */
    private static byte[] strings() {
        ObjectNode all = KabarJson.mapper().createObjectNode();
        for (Language l : Language.values()) {
            ObjectNode words = all.putObject(l.code());
            Messages.all(l, "page.").forEach((k, v) -> words.put(k.substring("page.".length()), v));
            Messages.all(l, "brief.").forEach(words::put);
            Messages.all(l, "answer.").forEach(words::put);
        }
        try {
            String json = KabarJson.mapper().writeValueAsString(all);
            return ("// The page's words, from dev/kabar/chat/messages_*.properties.\n\"use strict\";\n"
                    + "window.KabarStrings = " + json + ";\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the page's strings: " + e.getMessage(), e);
        }
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
