package dev.kabar.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The feed benchmark's news site on loopback: {@code /feed-F.xml}, 50 items each linking to
 * {@code /item/F-I}, with an ETag (a feed never changes, so a conditional GET gets 304), and the item
 * pages, each a short article with text of its own.
 */
final class FeedSiteServer implements AutoCloseable {

    static final int ITEMS = 50;

    private final HttpServer server;
    private volatile boolean conditional = true;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "bench-feed-site"));

    FeedSiteServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** Whether an unchanged feed is answered 304 (true) or sent again in full. */
    void conditional(boolean on) {
        conditional = on;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.startsWith("/feed-")) {
            String etag = "\"" + path + "\"";
            if (conditional && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            send(ex, "application/rss+xml", feed(path.substring(6, path.length() - 4)));
        } else if (path.startsWith("/item/")) {
            send(ex, "text/html; charset=utf-8", page(path.substring(6)));
        } else if (path.equals("/robots.txt")) {
            send(ex, "text/plain", "User-agent: *\nDisallow: /private/\n");
        } else {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        }
    }

    private String feed(String f) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed " + f
                + "</title>");
        for (int i = 0; i < ITEMS; i++) {
            b.append("<item><title>Berita ").append(f).append('-').append(i).append("</title><link>").append(base())
                    .append("/item/").append(f).append('-').append(i).append("</link><guid>").append(f).append('-')
                    .append(i).append("</guid><pubDate>Sat, 05 Dec 2026 02:30:00 GMT</pubDate></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private static String page(String id) {
        return """
                <!doctype html><html lang="id"><head><meta charset="utf-8"><title>Laporan %1$s - Kabar Uji</title>
                <meta property="og:site_name" content="Kabar Uji">
                <meta property="article:published_time" content="2026-12-05T09:30:00+07:00"></head>
                <body><main><article><h1>Laporan Warga Nomor %1$s</h1>
                <p>DESA CONTOH, Kabar Uji - Warga melaporkan kejadian nomor %1$s kepada perangkat desa pada Sabtu pagi, dan petugas segera mendatangi lokasi untuk memeriksa keadaan serta mencatat kerugian.</p>
                <p>Kepala desa mengatakan laporan %1$s akan dibahas dalam musyawarah pekan depan bersama perwakilan warga, karena kejadian serupa pernah terjadi beberapa kali tahun ini.</p>
                </article></main></body></html>
                """.formatted(id);
    }

    private static void send(HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
