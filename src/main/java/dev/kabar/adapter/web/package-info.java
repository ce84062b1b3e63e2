/**
 * The web chat and HTTP API on Javalin: the static page and its words ({@code /strings.js}), the
 * JSON API, server-sent answers, Prometheus metrics. Questions and topics go through the chat's
 * {@link dev.kabar.chat.FrontDoor}, every {@code /api/*} request counted against its client's
 * address; its refusals become JSON errors here. The only package that imports {@code io.javalin}.
 */
package dev.kabar.adapter.web;
