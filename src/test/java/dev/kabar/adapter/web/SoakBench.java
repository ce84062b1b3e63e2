package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Soak load for {@code scripts/soak.sh}: C keep-alive connections send a mix of {@code POST /api/ask}
 * (the golden questions) and {@code POST /api/brief} for S seconds. Counts responses per endpoint by
 * class (2xx, 4xx, 501, other 5xx, broken connection) and prints p50/p99 per endpoint. Exits 1 when
 * any 5xx (501 included: both endpoints exist) or any broken connection was seen. Not a test: needs a running server.
 *
 * <pre>
 * java -cp ... dev.kabar.adapter.web.SoakBench http://127.0.0.1:18082 64 60 25 '{"topic": "Korea Utara"}'
 * </pre>
 * (base URL, connections, seconds, percent of requests that are briefings, briefing body)
 */
public final class SoakBench {

    private static final int OK = 0;
    private static final int CLIENT_ERROR = 1;
    private static final int NOT_IMPLEMENTED = 2;
    private static final int SERVER_ERROR = 3;
    private static final int BROKEN = 4;
    private static final String[] CLASSES = {"2xx", "4xx", "501", "5xx", "broken"};

    private SoakBench() {}

    private record Request(int endpoint, byte[] bytes) {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int briefPercent = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        String briefBody = args.length > 4 ? args[4] : "{\"topic\": \"Korea Utara\"}";
        List<Request> mix = mix(base, briefPercent, briefBody);
        AtomicLongArray counts = new AtomicLongArray(2 * CLASSES.length);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[][]>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections, Thread.ofPlatform().name("soak-", 0).factory())) {
            for (int c = 0; c < connections; c++) {
                int offset = c * 7;
                futures.add(pool.submit(() -> client(base, mix, offset, end, counts)));
            }
            long[][] latencies = {new long[0], new long[0]};
            for (Future<long[][]> f : futures) {
                long[][] l = f.get();
                latencies[0] = concat(latencies[0], l[0]);
                latencies[1] = concat(latencies[1], l[1]);
            }
            boolean failed = report(connections, seconds, counts, latencies);
            System.exit(failed ? 1 : 0);
        }
    }

    private static boolean report(int connections, int seconds, AtomicLongArray counts, long[][] latencies) {
        boolean failed = false;
        for (int e = 0; e < 2; e++) {
            long[] lat = latencies[e];
            Arrays.sort(lat);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%-10s connections=%d seconds=%d requests=%d req/s=%.0f p50=%.1fms p99=%.1fms max=%.1fms",
                    e == 0 ? "/api/ask" : "/api/brief", connections, seconds, lat.length, lat.length / (double) seconds,
                    ms(lat, 0.50), ms(lat, 0.99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6));
            for (int k = 0; k < CLASSES.length; k++) {
                line.append(' ').append(CLASSES[k]).append('=').append(counts.get(e * CLASSES.length + k));
            }
            System.out.println(line);
            failed |= counts.get(e * CLASSES.length + SERVER_ERROR) + counts.get(e * CLASSES.length + NOT_IMPLEMENTED)
                    + counts.get(e * CLASSES.length + BROKEN) > 0;
        }
        return failed;
    }

    /** One keep-alive connection, reopened after the server breaks it. */
    private static final class Connection implements AutoCloseable {
        private final URI base;
        private Socket socket;
        private InputStream in;

        Connection(URI base) {
            this.base = base;
        }

        int exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
                in = new BufferedInputStream(socket.getInputStream(), 1 << 14);
            }
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                return readResponse(in);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }

    private static long[][] client(URI base, List<Request> mix, int offset, long end, AtomicLongArray counts)
            throws IOException {
        long[][] lat = {new long[1 << 14], new long[1 << 14]};
        int[] n = {0, 0};
        try (Connection connection = new Connection(base)) {
            for (int i = offset; System.nanoTime() < end; i++) {
                Request r = mix.get(i % mix.size());
                int e = r.endpoint();
                long t0 = System.nanoTime();
                int kind;
                try {
                    kind = classOf(connection.exchange(r.bytes()));
                } catch (IOException broken) {
                    kind = BROKEN;
                }
                counts.incrementAndGet(e * CLASSES.length + kind);
                if (n[e] == lat[e].length) {
                    lat[e] = Arrays.copyOf(lat[e], n[e] * 2);
                }
                lat[e][n[e]++] = System.nanoTime() - t0;
            }
        }
        return new long[][] {Arrays.copyOf(lat[0], n[0]), Arrays.copyOf(lat[1], n[1])};
    }

    private static int classOf(int status) {
        return status == 501 ? NOT_IMPLEMENTED : status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : OK;
    }

    /**
     * Reads one response (headers, then a Content-Length or chunked body: large briefings are sent
     * chunked); returns its status.
     */
    private static int readResponse(InputStream in) throws IOException {
        int status = -1;
        int length = 0;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            if (status < 0) {
                status = Integer.parseInt(h.substring(9, 12));
            } else if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(h.substring(15).strip());
            } else if (h.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
                chunked = h.substring(18).strip().equalsIgnoreCase("chunked");
            }
        }
        if (!chunked) {
            in.skipNBytes(length);
            return status;
        }
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            in.skipNBytes(size);
            line(in); // the CRLF after each chunk
        }
        for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
            // trailers, if any, end with an empty line
        }
        return status;
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = line(in);
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** The golden questions as asks, with a briefing after every few so {@code briefPercent} of requests are briefings. */
    private static List<Request> mix(URI base, int briefPercent, String briefBody) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Request> mix = new ArrayList<>();
        byte[] brief = request(base, "/api/brief", briefBody);
        int asks = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/questions.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String q = json.readTree(line).get("question").asText();
            mix.add(new Request(0, request(base, "/api/ask", json.createObjectNode().put("question", q).toString())));
            asks++;
            while (briefPercent > 0 && (mix.size() - asks) * 100L < (long) mix.size() * briefPercent) {
                mix.add(new Request(1, brief));
            }
        }
        return mix;
    }

    private static byte[] request(URI base, String path, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + b.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
