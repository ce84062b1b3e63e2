package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final String TEXT = "Café “kopi” — Rp95.000";

    @Test
    void should_trust_utf8_bytes_when_the_page_declares_latin1() throws ExtractionException {
        String html = "<meta charset=iso-8859-1><p>" + TEXT + "</p>";

        assertThat(PageDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "iso-8859-1")).contains(TEXT);
    }

    @Test
    void should_read_windows_1252_when_bytes_are_not_utf8_and_latin1_is_declared() throws ExtractionException {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>" + TEXT + "</p>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252")); // the curly quotes exist only in 1252

        assertThat(PageDecoder.decode(bytes, "")).contains(TEXT);
    }

    @Test
    void should_use_the_declared_charset_when_bytes_are_not_utf8() throws ExtractionException {
        String html = "<meta charset=\"koi8-r\"><p>Москва</p>";

        assertThat(PageDecoder.decode(html.getBytes(Charset.forName("KOI8-R")), "")).contains("Москва");
        assertThat(PageDecoder.decode(html.getBytes(Charset.forName("KOI8-R")), "koi8-r")).contains("Москва");
    }

    @Test
    void should_read_windows_1252_when_bytes_are_not_utf8_and_nothing_is_declared() throws ExtractionException {
        assertThat(PageDecoder.decode("<p>Café</p>".getBytes(StandardCharsets.ISO_8859_1), "")).contains("Café");
    }

    @Test
    void should_honour_a_byte_order_mark() throws ExtractionException {
        byte[] body = "<p>Café</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);

        assertThat(PageDecoder.decode(withBom, "")).isEqualTo("<p>Café</p>");
    }

    @Test
    void should_refuse_binary_data() {
        assertThatThrownBy(() -> PageDecoder.decode(new byte[] {'%', 'P', 'D', 'F', 0, 1}, ""))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("binary");
    }
}
