package dev.kabar.bench.readability4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Runs Readability4J over a folder of {@code *.html.gz} pages and writes one JSON line per page,
 * {@code {"id", "text"}}, then {@code {"pagesPerSecond": [...]}} (parse + extract on this thread's
 * CPU clock, the first pass on a cold JVM), for {@code kabar extract --eval --baseline} to score with
 * the same metric as kabar's extractor. Usage: {@code Readability4jRun DATASET_DIR OUT_FILE [PASSES]}.
 */
public final class Readability4jRun {

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    private Readability4jRun() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: Readability4jRun DATASET_DIR OUT_FILE [PASSES]");
            System.exit(1);
        }
        int passes = args.length == 3 ? Integer.parseInt(args[2]) : 3;
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of(args[0], "html"))) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        List<String> html = new ArrayList<>();
        for (Path page : pages) {
            html.add(decode(gunzip(page)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> texts = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            List<String> out = new ArrayList<>();
            for (String h : html) {
                out.add(extract(h));
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            rates.add(String.format(Locale.ROOT, "%.1f", pages.size() / seconds));
            if (pass == 0) {
                texts = out;
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (int i = 0; i < pages.size(); i++) {
                String id = pages.get(i).getFileName().toString().replace(".html.gz", "");
                out.println("{\"id\":" + json(id) + ",\"text\":" + json(texts.get(i)) + "}");
            }
            out.println("{\"pagesPerSecond\":[" + String.join(",", rates) + "]}");
        }
        System.err.println("readability4j: " + pages.size() + " pages; pages per CPU-second by pass: " + rates);
    }

    private static String extract(String html) {
        try {
            Article article = new Readability4J("http://localhost/", html).parse();
            String text = article.getTextContent();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return ""; // a page Readability4J cannot handle scores as an empty extraction
        }
    }

    private static byte[] gunzip(Path page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, else the declared charset, else windows-1252. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            Matcher m = META_CHARSET.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
            Charset cs = Charset.forName("windows-1252");
            if (m.find() && Charset.isSupported(m.group(1))) {
                cs = Charset.forName(m.group(1));
            }
            return new String(bytes, cs);
        }
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
