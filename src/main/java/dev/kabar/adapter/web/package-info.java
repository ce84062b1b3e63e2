/**
 * The web chat and HTTP API on Javalin: the static page, the JSON API, server-sent answers,
 * Prometheus metrics. The only package that imports {@code io.javalin}; talks to the core through
 * {@link dev.kabar.chat.Library}.
 */
package dev.kabar.adapter.web;
