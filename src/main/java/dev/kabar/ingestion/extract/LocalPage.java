package dev.kabar.ingestion.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a saved page: a {@code .html} (or {@code .htm}) file, or one gzipped ({@code .html.gz}). */
final class LocalPage {

    private LocalPage() {}

    static WebPage read(Path file, int maxBytes) throws ExtractionException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String bare = gzip ? name.substring(0, name.length() - 3) : name;
        if (!bare.endsWith(".html") && !bare.endsWith(".htm")) {
            throw new ExtractionException("not a .html or .html.gz file: " + file + " — give a saved page or an http(s) URL");
        }
        if (Files.isDirectory(file)) {
            throw new ExtractionException(file + " is a directory — give a saved page or an http(s) URL");
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new ExtractionException("page too large: " + file + " is over " + maxBytes / 1024 / 1024
                        + " MB of HTML — give the article's own page");
            }
            return new WebPage(file.toAbsolutePath().toUri(), body, "");
        } catch (NoSuchFileException e) {
            throw new ExtractionException("no such file: " + file, e);
        } catch (ZipException e) {
            throw new ExtractionException("not a gzip file: " + file + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
