package dev.kabar.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Requests to a server on loopback: through {@link HttpClient}, or as raw bytes where it would not send them as written. */
final class LoopbackHttp {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private LoopbackHttp() {}

    static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Socket socket(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(10_000);
        return s;
    }

    /**
     * Sends {@code request} as written and reads the response: to the end of the stream (the request
     * asks to close), or as far as it came when the server keeps the connection open (CONNECT).
     */
    static String raw(int port, String request) throws IOException {
        try (Socket s = socket(port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = s.getInputStream().read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    s.setSoTimeout(1_000); // the first bytes took what they took; the rest follow at once
                }
            } catch (SocketTimeoutException kept) {
                if (out.size() == 0) {
                    throw kept;
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The status line of a response, read up to its CR. */
    static String statusLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) >= 0 && b != '\r'; ) {
            sb.append((char) b);
        }
        return sb.toString();
    }
}
