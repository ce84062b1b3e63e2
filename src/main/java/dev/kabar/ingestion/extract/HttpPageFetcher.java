package dev.kabar.ingestion.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches a page over HTTP(S) with the JDK client: time-outs, at most {@value #MAX_REDIRECTS}
 * redirects (each hop checked again), a size cap, HTML content types only, a User-Agent naming
 * kabar, and no private, loopback or link-local address unless the {@link AddressPolicy} allows it.
 *
 * <p>The address is checked before the request and the client resolves the name again to connect,
 * so a name that changes its answer in between (DNS rebinding) is not stopped here; the safe fetcher
 * that replaces this one pins the checked address.
 */
public final class HttpPageFetcher implements PageFetcher, AutoCloseable {

    public static final int MAX_REDIRECTS = 5;
    public static final String USER_AGENT = "kabar/0.1 (news article reader)";

    private final HttpClient client;
    private final AddressPolicy policy;
    private final Duration timeout;
    private final int maxBytes;

    /**
     * @param timeout for connecting, and again for the whole response
     * @param maxBytes the largest page read; a larger one is refused
     */
    public HttpPageFetcher(AddressPolicy policy, Duration timeout, int maxBytes) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // each hop is checked here
                .connectTimeout(timeout)
                .build();
    }

    @Override
    public WebPage fetch(URI url) throws ExtractionException {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAllowed(current);
            HttpResponse<InputStream> response = send(current);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                close(response);
                current = current.resolve(location.get().strip());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new ExtractionException("HTTP " + status + " from " + current + " — check the URL");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (!isHtml(contentType)) {
                close(response);
                throw new ExtractionException("not an HTML page (" + contentType + ") at " + current);
            }
            return new WebPage(current, read(response, current), charsetOf(contentType));
        }
        throw new ExtractionException("more than " + MAX_REDIRECTS + " redirects from " + url + " — give the final URL");
    }

    @Override
    public void close() {
        client.close();
    }

    private void checkAllowed(URI u) throws ExtractionException {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            throw new ExtractionException("only http(s) URLs can be fetched, not " + u);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(u.getHost())) {
                if (!policy.allows(a)) {
                    throw new ExtractionException("refusing to fetch " + u + ": " + u.getHost() + " is a private or local "
                            + "address (set KABAR_FETCH_ALLOW_PRIVATE=true to allow it)");
                }
            }
        } catch (UnknownHostException e) {
            throw new ExtractionException("unknown host " + u.getHost() + " — check the URL", e);
        }
    }

    private HttpResponse<InputStream> send(URI u) throws ExtractionException {
        HttpRequest request = HttpRequest.newBuilder(u)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ExtractionException("timed out after " + timeout.toSeconds() + " s fetching " + u, e);
        } catch (IOException e) {
            throw new ExtractionException("cannot fetch " + u + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted while fetching " + u, e);
        }
    }

    private byte[] read(HttpResponse<InputStream> response, URI u) throws ExtractionException {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new ExtractionException("page too large (over " + maxBytes / 1024 / 1024 + " MB) at " + u);
            }
            return body;
        } catch (IOException e) {
            throw new ExtractionException("cannot read " + u + ": " + e.getMessage(), e);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the connection is dropped either way; nothing to tell the caller
        }
    }

    static boolean isHtml(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        return t.isEmpty() || t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
    }

    static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        return "";
    }
}
