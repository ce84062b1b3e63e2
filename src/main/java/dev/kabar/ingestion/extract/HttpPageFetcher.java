package dev.kabar.ingestion.extract;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * The one fetcher every page kabar reads from the web goes through (the API, Telegram, the command
 * line): connect and total time-outs, at most {@value #MAX_REDIRECTS} redirects, a size cap, HTML
 * content types only, gzip, a {@code User-Agent} naming kabar, the standard proxy settings
 * ({@link FetchProxy}), and no loopback, private, link-local or metadata address unless the
 * {@link AddressPolicy} allows it — checked on every address the name resolves to, before each hop,
 * and the connection made to the very address checked ({@link HttpExchange}), so a name that
 * changes its answer (DNS rebinding) cannot switch it. Through a proxy the proxy connects, so the
 * address is checked as resolved here. Every failure is one line, its {@link ExtractionException.Kind}
 * saying whose fault it is.
 */
public final class HttpPageFetcher implements PageFetcher, AutoCloseable {

    public static final int MAX_REDIRECTS = 5;
    public static final String USER_AGENT = "kabar/0.1 (news article reader; +https://github.com/kabar-news/kabar)";

    private final AddressPolicy policy;
    private final Duration connectTimeout;
    private final Duration totalTimeout;
    private final int maxBytes;
    private final FetchProxy proxy;

    /** @param timeout for connecting, and again for the whole fetch; no proxy */
    public HttpPageFetcher(AddressPolicy policy, Duration timeout, int maxBytes) {
        this(policy, timeout, timeout, maxBytes, FetchProxy.NONE);
    }

    /**
     * @param connectTimeout for each connection
     * @param totalTimeout for the whole fetch, redirects included
     * @param maxBytes the largest page read (after un-gzipping); a larger one is refused
     */
    public HttpPageFetcher(AddressPolicy policy, Duration connectTimeout, Duration totalTimeout, int maxBytes,
            FetchProxy proxy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.totalTimeout = Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.proxy = Objects.requireNonNull(proxy, "proxy");
    }

    @Override
    public WebPage fetch(URI url) throws ExtractionException {
        return exchange(url, new HttpExchange.Head(USER_AGENT, HttpExchange.PAGE_ACCEPT, Map.of()), this::page);
    }

    /**
     * A feed, a page that names feeds, or a {@code robots.txt}, by conditional GET: with the
     * validators of the last fetch, an unchanged document comes back as {@link FetchedDocument#notModified()}
     * without its body. XML, HTML and plain text are accepted; every other rule of {@link #fetch} holds.
     *
     * @param etag the {@code ETag} of the last fetch, empty when none
     * @param lastModified the {@code Last-Modified} of the last fetch, empty when none
     */
    public FetchedDocument fetchDocument(URI url, String etag, String lastModified) throws ExtractionException {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (!etag.isEmpty()) {
            conditions.put("If-None-Match", etag);
        }
        if (!lastModified.isEmpty()) {
            conditions.put("If-Modified-Since", lastModified);
        }
        return exchange(url, new HttpExchange.Head(USER_AGENT, DOCUMENT_ACCEPT, conditions), this::document);
    }

    static final String DOCUMENT_ACCEPT = "application/rss+xml,application/atom+xml,application/rdf+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.5,text/plain;q=0.4,*/*;q=0.1";

    /** Reads the final response of an exchange. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(HttpExchange ex, URI current) throws IOException, ExtractionException;
    }

    private <T> T exchange(URI url, HttpExchange.Head head, Reading<T> reading) throws ExtractionException {
        HttpExchange.Deadline deadline = HttpExchange.Deadline.after(totalTimeout);
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetAddress address = checkedAddress(current);
            try (HttpExchange ex = HttpExchange.open(current, address, proxy.forUrl(current), connectTimeout, deadline,
                    head)) {
                Optional<String> location = ex.header("Location");
                if (ex.status() >= 300 && ex.status() < 400 && ex.status() != 304 && location.isPresent()) {
                    current = redirect(current, location.get().strip());
                    continue;
                }
                return reading.read(ex, current);
            } catch (SocketTimeoutException e) {
                throw new ExtractionException(ExtractionException.Kind.TIMED_OUT,
                        "timed out after " + totalTimeout.toSeconds() + " s fetching " + current, e);
            } catch (ConnectException e) {
                throw new ExtractionException(ExtractionException.Kind.UNREACHABLE,
                        "connection refused by " + current.getHost() + " (" + e.getMessage() + ")", e);
            } catch (SSLException e) {
                throw new ExtractionException(ExtractionException.Kind.UNREACHABLE,
                        "no secure connection to " + current.getHost() + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new ExtractionException(ExtractionException.Kind.UNREACHABLE,
                        "cannot fetch " + current + ": " + e.getMessage(), e);
            } catch (RuntimeException e) { // whatever a hostile response trips in parsing: one line, never a 500
                throw new ExtractionException(ExtractionException.Kind.UNUSABLE,
                        "cannot read the response of " + current + ": " + e.getMessage(), e);
            }
        }
        throw new ExtractionException("more than " + MAX_REDIRECTS + " redirects from " + url + " — give the final URL");
    }

    private FetchedDocument document(HttpExchange ex, URI current) throws IOException, ExtractionException {
        String etag = ex.header("ETag").orElse("");
        String lastModified = ex.header("Last-Modified").orElse("");
        if (ex.status() == 304) {
            return FetchedDocument.unchanged(current, etag, lastModified);
        }
        requireOk(ex.status(), current, true);
        String contentType = ex.header("Content-Type").orElse("");
        if (!isDocument(contentType)) {
            throw new ExtractionException("neither a feed nor a page (" + contentType.split(";")[0].strip() + ") at "
                    + current);
        }
        byte[] body = ex.body(maxBytes).orElseThrow(() -> new ExtractionException(
                "document larger than " + size(maxBytes) + " at " + current));
        return new FetchedDocument(current, body, contentType, etag, lastModified, false);
    }

    /** @param named whether to name the status ({@code 404 Not Found from …}, as {@code kabar feeds} shows it) */
    private static void requireOk(int status, URI current, boolean named) throws ExtractionException {
        if (status != 200) {
            ExtractionException.Kind kind = status >= 500 ? ExtractionException.Kind.UNREACHABLE
                    : ExtractionException.Kind.UNUSABLE;
            throw new ExtractionException(kind, status + " " + (named ? reason(status) : "") + "from " + current, null);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 403 -> "Forbidden ";
            case 404 -> "Not Found ";
            case 410 -> "Gone ";
            case 429 -> "Too Many Requests ";
            case 500 -> "Internal Server Error ";
            case 502 -> "Bad Gateway ";
            case 503 -> "Service Unavailable ";
            default -> "";
        };
    }

    /** The next hop of a redirect; a {@code Location} that is no URL ends the fetch with one line. */
    private static URI redirect(URI current, String location) throws ExtractionException {
        try {
            return current.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException("a redirect from " + current + " to something that is not a URL", e);
        }
    }

    private WebPage page(HttpExchange ex, URI current) throws IOException, ExtractionException {
        requireOk(ex.status(), current, false);
        String contentType = ex.header("Content-Type").orElse("");
        if (!isHtml(contentType)) {
            throw new ExtractionException("not an HTML page (" + contentType.split(";")[0].strip() + ") at " + current);
        }
        byte[] body = ex.body(maxBytes).orElseThrow(() -> new ExtractionException(
                "page larger than " + size(maxBytes) + " at " + current + " — give the article's own page"));
        return new WebPage(current, body, charsetOf(contentType));
    }

    /** Every address the host resolves to must be allowed; the first is the one connected to. */
    private InetAddress checkedAddress(URI u) throws ExtractionException {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            throw new ExtractionException("only http(s) URLs can be fetched, not " + u);
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(u.getHost());
            for (InetAddress a : all) {
                if (!policy.allows(a)) {
                    throw new ExtractionException("refusing to fetch " + u + ": " + u.getHost() + " is a private or local "
                            + "address (set fetch.allow-private=true, KABAR_FETCH_ALLOW_PRIVATE=true, to allow it)");
                }
            }
            return all[0];
        } catch (UnknownHostException e) {
            throw new ExtractionException("unknown host " + u.getHost() + " — check the URL", e);
        }
    }

    @Override
    public void close() {
        // each fetch opens and closes its own connection: nothing is held between fetches
    }

    private static String size(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    static boolean isHtml(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        return t.isEmpty() || t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
    }

    static boolean isDocument(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT).strip();
        return isHtml(t) || t.startsWith("text/") || t.startsWith("application/xml") || t.startsWith("application/rss+xml")
                || t.startsWith("application/atom+xml") || t.startsWith("application/rdf+xml");
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
