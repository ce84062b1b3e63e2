package dev.kabar.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A news site on loopback, its pages written here and shaped like real outlets' (schema.org JSON-LD,
 * Open Graph, a canonical link, a dateline, related links and share buttons around the body), plus the
 * awkward cases: redirects, a page in windows-1252 that says so only in a meta tag, gzip, a huge page,
 * a PDF, a 404, and a page that answers slowly.
 */
public final class NewsSite implements AutoCloseable {

    private final HttpServer server;
    /** Holds {@code /lambat} until the site closes: slower than any fetch's time-out, released at once on close. */
    private final CountDownLatch closing = new CountDownLatch(1);

    public NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    static String festivalPage(String canonical) {
        return """
                <!doctype html><html lang="id"><head><meta charset="utf-8">
                <title>Festival Layang-layang Parangtritis Digelar Sabtu - Kabar Selatan</title>
                <link rel="canonical" href="%s">
                <meta property="og:site_name" content="Kabar Selatan">
                <meta property="og:title" content="Festival Layang-layang Parangtritis Digelar Sabtu">
                <meta property="article:published_time" content="2024-07-06T09:30:00+07:00">
                <meta name="author" content="Rina Wulandari">
                </head><body>
                <header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></nav></header>
                <main><article>
                <h1>Festival Layang-layang Parangtritis Digelar Sabtu</h1>
                <div class="byline">Oleh Rina Wulandari · Sabtu, 6 Juli 2024 09:30 WIB</div>
                <div class="share"><a href="#">Bagikan</a> <a href="#">Tweet</a></div>
                <div class="article-body">
                <p>BANTUL, Kabar Selatan - Festival layang-layang internasional digelar di Pantai Parangtritis, Bantul, pada Sabtu (6/7/2024) dengan diikuti 240 peserta dari sembilan negara.</p>
                <p>Ketua panitia Bambang Sutrisno mengatakan layang-layang terbesar tahun ini berbentuk naga sepanjang 120 meter yang dibuat oleh tim dari Malaysia.</p>
                <p>Menurut Bambang, festival tahunan itu menarik sekitar 15.000 pengunjung dan menjadi salah satu agenda wisata utama Kabupaten Bantul selama musim kemarau.</p>
                <p class="related">Baca juga: <a href="/lain">Pantai selatan ramai saat libur sekolah</a></p>
                <p>Dinas Pariwisata Bantul menyiapkan kantong parkir tambahan dan petugas keamanan di sepanjang pantai untuk mengatur arus pengunjung festival.</p>
                </div></article></main>
                <aside><h3>Terpopuler</h3><ul><li><a href="/a">Harga cabai naik</a></li><li><a href="/b">Jalan rusak diperbaiki</a></li></ul></aside>
                <footer>© 2024 Kabar Selatan. Hak cipta dilindungi.</footer>
                </body></html>
                """.formatted(canonical);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.startsWith("/seri/")) { // a series of distinct articles, for many adds in a row
            html(ex, festivalPage(url(path).toString()).replace("240 peserta", path.substring(6) + "0 peserta"), "utf-8");
            return;
        }
        switch (path) {
            case "/berita/festival-layang" -> html(ex, festivalPage(url("/berita/festival-layang").toString()), "utf-8");
            case "/berita/festival-layang?utm_source=x" -> html(ex, festivalPage(url(path).toString()), "utf-8");
            case "/pendek" -> redirect(ex, "/berita/festival-layang");
            case "/loop" -> redirect(ex, "/loop");
            case "/latin" -> {
                String page = festivalPage(url("/latin").toString()).replace("<meta charset=\"utf-8\">",
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
                        .replace("Festival layang-layang internasional", "Festival layang-layang internasional « café »");
                send(ex, 200, "text/html", page.getBytes(Charset.forName("windows-1252")), false);
            }
            case "/gzip" -> send(ex, 200, "text/html; charset=utf-8",
                    festivalPage(url("/gzip").toString()).getBytes(StandardCharsets.UTF_8), true);
            case "/huge" -> send(ex, 200, "text/html", new byte[6 * 1024 * 1024], false);
            case "/laporan.pdf" -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), false);
            case "/kosong" -> html(ex, "<html><head><title>Galeri</title></head><body><nav><a href=\"/\">Beranda</a></nav></body></html>", "utf-8");
            case "/lambat" -> {
                try {
                    closing.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                html(ex, festivalPage(url("/lambat").toString()), "utf-8");
            }
            default -> send(ex, 404, "text/html", "<h1>Tidak ditemukan</h1>".getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private static void html(HttpExchange ex, String page, String charset) throws IOException {
        send(ex, 200, "text/html; charset=" + charset, page.getBytes(Charset.forName(charset)), false);
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean gzip) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        byte[] out = body;
        if (gzip) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
                z.write(body);
            }
            out = zipped.toByteArray();
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        ex.sendResponseHeaders(status, out.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(out);
        } catch (IOException e) {
            // the client stopped reading (a page over the cap): nothing to do
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
