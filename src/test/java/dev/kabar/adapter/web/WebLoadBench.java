package dev.kabar.adapter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.BufferedInputStream;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for {@code POST /api/ask} over loopback: C concurrent connections, each asking the
 * golden questions in turn, for a warm-up and then a measured period. Prints answers/s, latency
 * percentiles and errors (any status other than 200). Not a test: run by hand against
 * {@code kabar serve} with the rate limit off. Each connection is a plain keep-alive socket writing
 * HTTP/1.1 by hand, so the generator spends little CPU of its own on a machine it shares with the
 * server (the JDK's HttpClient used most of two cores to drive 32 connections).
 *
 * <pre>
 * java -cp ... dev.kabar.adapter.web.WebLoadBench http://127.0.0.1:8080 32 60 30 [RATE]
 * </pre>
 * (base URL, connections, warm-up seconds, measured seconds). Without RATE each connection sends its
 * next request as soon as the answer arrives (a closed loop: the server is saturated, and the
 * latency is mostly queueing). With RATE (answers/s in all) the requests are sent on a fixed
 * schedule spread over the connections, and each latency counts from the request's scheduled time,
 * so a server falling behind is charged for the wait (no coordinated omission).
 */
public final class WebLoadBench {

    private WebLoadBench() {}

    public static void main(String[] args) throws Exception {
        URI ask = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080").resolve("/api/ask");
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 60; // the JIT needs about a minute under load
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        long interval = rate > 0 ? (long) (connections * 1e9 / rate) : 0;
        List<byte[]> bodies = requests(ask);
        run(ask, bodies, connections, warmup, false, interval);
        Result r = run(ask, bodies, connections, seconds, true, interval);
        long[] lat = r.latencies;
        Arrays.sort(lat);
        System.out.printf(Locale.ROOT,
                "connections=%d rate=%s seconds=%d answers=%d answers/s=%.0f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms errors=%d%n",
                connections, rate > 0 ? String.valueOf(rate) : "closed-loop", seconds, lat.length, lat.length / (double) seconds, ms(lat, 0.50), ms(lat, 0.90),
                ms(lat, 0.99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6, r.errors);
    }

    private record Result(long[] latencies, long errors) {}

    private static Result run(URI ask, List<byte[]> bodies, int connections, int seconds,
            boolean measure, long interval) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections,
                Thread.ofPlatform().name("load-", 0).factory())) {
            for (int c = 0; c < connections; c++) {
                int offset = c;
                long first = System.nanoTime() + interval * c / connections; // staggered schedules
                futures.add(pool.submit(() -> client(ask, bodies, offset, end, errors, interval, first)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
            return new Result(measure ? merged : new long[0], errors.get());
        }
    }

    /** {@code interval} 0: closed loop; else one request every {@code interval} ns from {@code first}. */
    private static long[] client(URI ask, List<byte[]> requests, int offset, long end, AtomicLong errors,
            long interval, long first) throws IOException {
        long[] lat = new long[1 << 16];
        int n = 0;
        try (Socket socket = new Socket(ask.getHost(), ask.getPort())) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            long next = first;
            for (int i = offset; System.nanoTime() < end; i++, next += interval) {
                long wait = next - System.nanoTime();
                if (interval > 0 && wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                long t0 = interval > 0 ? next : System.nanoTime();
                out.write(requests.get(i % requests.size()));
                out.flush();
                if (readResponse(in) != 200) {
                    errors.incrementAndGet();
                }
                if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                }
                lat[n++] = System.nanoTime() - t0;
            }
        }
        return Arrays.copyOf(lat, n);
    }

    /** Reads one response (headers, then Content-Length bytes of body); returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int status = -1;
        int length = 0;
        for (;;) {
            line.setLength(0);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            if (line.isEmpty()) {
                break;
            }
            String h = line.toString();
            if (status < 0) {
                status = Integer.parseInt(h.substring(9, 12));
            } else if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(h.substring(15).strip());
            }
        }
        in.skipNBytes(length);
        return status;
    }

    private static List<byte[]> requests(URI ask) throws IOException {
        List<byte[]> requests = new ArrayList<>();
        for (String body : bodies()) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + ask.getPath() + " HTTP/1.1\r\nHost: " + ask.getHost() + ":" + ask.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] all = Arrays.copyOf(h, h.length + b.length);
            System.arraycopy(b, 0, all, h.length, b.length);
            requests.add(all);
        }
        return requests;
    }

    private static List<String> bodies() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden/questions.jsonl"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String q = json.readTree(line).get("question").asText();
                bodies.add(json.createObjectNode().put("question", q).toString());
            }
        }
        return bodies;
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
