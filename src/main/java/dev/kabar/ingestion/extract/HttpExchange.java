package dev.kabar.ingestion.extract;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a socket kabar opens itself, to an address it has already checked: the JDK's
 * clients resolve the name again to connect, and a name that answers differently the second time
 * (DNS rebinding) would reach an address nobody checked. TLS verifies the certificate against the
 * host name (with SNI) as a browser does. {@code Connection: close}, so the body ends with the
 * connection when it has neither length nor chunks.
 */
final class HttpExchange implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    /** Interim (1xx) heads accepted before the final one. */
    private static final int MAX_INTERIM_HEADS = 5;

    private final Socket socket;
    private final Deadline deadline;
    private InputStream in;
    private int status;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** A point in time every read must finish by; each read waits at most what is left. */
    record Deadline(long nanos) {
        static Deadline after(Duration d) {
            return new Deadline(System.nanoTime() + d.toNanos());
        }

        int remainingMillis() throws SocketTimeoutException {
            long left = (nanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            return (int) Math.min(Integer.MAX_VALUE, left);
        }
    }

    private HttpExchange(Socket socket, Deadline deadline) {
        this.socket = socket;
        this.deadline = deadline;
    }

    /**
     * Connects to {@code address} (or through {@code proxy}), sends the GET and reads the status and headers.
     *
     * @param address the checked address of {@code url}'s host; unused when a proxy is given
     */
    static HttpExchange open(URI url, InetAddress address, Optional<FetchProxy.Endpoint> proxy, Duration connectTimeout,
            Deadline deadline, String userAgent) throws IOException {
        return open(url, address, proxy, connectTimeout, deadline, new Head(userAgent, PAGE_ACCEPT, Map.of()));
    }

    /** What kabar sends with a GET: who it is, what it accepts, and any more headers (conditional GET). */
    record Head(String userAgent, String accept, Map<String, String> extra) {}

    static final String PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    /** As {@link #open(URI, InetAddress, Optional, Duration, Deadline, String)}, with the request head given. */
    static HttpExchange open(URI url, InetAddress address, Optional<FetchProxy.Endpoint> proxy, Duration connectTimeout,
            Deadline deadline, Head head) throws IOException {
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        Socket raw = new Socket();
        try {
            InetSocketAddress target = proxy.map(p -> new InetSocketAddress(p.host(), p.port()))
                    .orElseGet(() -> new InetSocketAddress(address, port));
            raw.connect(target, (int) Math.min(connectTimeout.toMillis(), deadline.remainingMillis()));
            Socket socket = raw;
            if (proxy.isPresent() && tls) {
                tunnel(raw, url.getHost(), port, deadline);
            }
            if (tls) {
                // the handshake reads with the socket's own time-out: 0 (forever) unless set here
                raw.setSoTimeout(Math.max(1, deadline.remainingMillis()));
                socket = secure(raw, url.getHost(), port);
            }
            HttpExchange ex = new HttpExchange(socket, deadline);
            String target2 = proxy.isPresent() && !tls ? url.toASCIIString() : pathAndQuery(url);
            ex.send(target2, hostHeader(url, tls, port), head);
            ex.readHead();
            return ex;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    int status() {
        return status;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The body, de-chunked and un-gzipped, at most {@code maxBytes}; empty when larger. */
    Optional<byte[]> body(int maxBytes) throws IOException {
        InputStream body = header("Transfer-Encoding").filter(t -> t.toLowerCase(Locale.ROOT).contains("chunked")).isPresent()
                ? new ChunkedInputStream(in) : in;
        if (header("Content-Encoding").filter(e -> e.toLowerCase(Locale.ROOT).contains("gzip")).isPresent()) {
            body = new GZIPInputStream(body);
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void send(String target, String host, Head head) throws IOException {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: "
                + head.userAgent() + "\r\nAccept: " + head.accept() + "\r\nAccept-Encoding: gzip\r\n");
        head.extra().forEach((name, value) -> {
            // a header value from a server (an ETag) must not smuggle a header of its own
            if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                request.append(name).append(": ").append(value).append("\r\n");
            }
        });
        request.append("Connection: close\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        in = new BufferedInputStream(new DeadlineInputStream(socket, deadline));
    }

    /** Reads heads until a final one: a few interim (1xx) heads may come first, no more. */
    private void readHead() throws IOException {
        for (int interim = 0; ; interim++) {
            readOneHead();
            if (status < 100 || status >= 200) {
                return;
            }
            if (status == 101 || interim >= MAX_INTERIM_HEADS) {
                throw new IOException("the server answered " + status + " instead of a page");
            }
            headers.clear(); // 100 Continue and friends: the real head follows
        }
    }

    private void readOneHead() throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response");
        }
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + parts[1], e);
        }
        int total = 0;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            total += h.length();
            if (total > MAX_HEADER_BYTES) {
                throw new IOException("response headers larger than " + MAX_HEADER_BYTES / 1024 + " KB");
            }
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.merge(h.substring(0, colon).strip(), h.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
    }

    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("connection closed in the middle of the response head");
            }
            if (b.size() > MAX_HEADER_BYTES) {
                throw new IOException("response header line too long");
            }
            b.write(c);
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** {@code CONNECT host:port} through an HTTP proxy, for TLS end to end. */
    private static void tunnel(Socket proxy, String host, int port, Deadline deadline) throws IOException {
        String connect = "CONNECT " + host + ":" + port + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n";
        proxy.getOutputStream().write(connect.getBytes(StandardCharsets.ISO_8859_1));
        proxy.getOutputStream().flush();
        InputStream in = new DeadlineInputStream(proxy, deadline);
        String status = line(in);
        while (!line(in).isEmpty()) {
            // the proxy's headers are of no interest
        }
        if (!status.matches("HTTP/\\S+ 2\\d\\d.*")) {
            throw new ConnectException("the proxy refused the tunnel: " + status);
        }
    }

    private static Socket secure(Socket raw, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(raw, host, port, true);
        SSLParameters params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
        String sni = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (!sni.matches("[0-9.]+|.*:.*")) {
            try {
                params.setServerNames(List.of(new SNIHostName(sni)));
            } catch (IllegalArgumentException e) {
                throw new IOException("not a host name for TLS: " + sni, e);
            }
        }
        tls.setSSLParameters(params);
        tls.startHandshake();
        return tls;
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static String hostHeader(URI url, boolean tls, int port) {
        String host = url.getHost();
        return port == (tls ? 443 : 80) ? host : host + ":" + port;
    }
}
