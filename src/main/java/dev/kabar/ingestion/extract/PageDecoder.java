package dev.kabar.ingestion.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text, trusting the bytes over what the page declares: bytes that are
 * valid UTF-8 are read as UTF-8 whatever the page says (old sites declare iso-8859-1 and send UTF-8;
 * the reverse — Latin-1 bytes that happen to be valid UTF-8 — is vanishingly rare beyond ASCII).
 * Otherwise the declared charset is used, Latin-1 read as windows-1252 as browsers do.
 */
final class PageDecoder {

    /** Browsers look for a {@code <meta charset>} in the first 1,024 bytes; pages put it later too. */
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {}

    static String decode(byte[] bytes, String declaredCharset) throws ExtractionException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        rejectBinary(bytes);
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            String text = utf8.get();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        Charset charset = declared(declaredCharset)
                .or(() -> declared(metaCharset(bytes)))
                .filter(c -> !c.equals(StandardCharsets.UTF_8))
                .orElse(WINDOWS_1252);
        return new String(bytes, charset);
    }

    /** NUL bytes outside UTF-16 mean an image, an archive or a PDF, not a page. */
    private static void rejectBinary(byte[] bytes) throws ExtractionException {
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new ExtractionException("not an HTML page (binary data) — give the page's .html file or URL");
            }
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        String fast = new String(bytes, StandardCharsets.UTF_8); // the JDK's fast path; malformed bytes become U+FFFD
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.of(fast);
        }
        try { // a replacement character: malformed bytes, or one the page really contains
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty(); // not UTF-8: the declaration decides
        }
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : "";
    }

    private static Optional<Charset> declared(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252); // what every browser does with these labels
        }
        try {
            return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty(); // a garbled label counts as none
        }
    }
}
