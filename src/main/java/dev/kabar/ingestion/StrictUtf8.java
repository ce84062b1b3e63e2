package dev.kabar.ingestion;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8, refusing rather than repairing: a replaced character in an article would
 * end up quoted in an answer. NUL bytes mark a binary file.
 */
final class StrictUtf8 {

    private StrictUtf8() {}

    static String decode(byte[] bytes) throws Unreadable {
        for (byte b : bytes) {
            if (b == 0) {
                throw new Unreadable("binary file (contains NUL bytes) — only UTF-8 text is read");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("not valid UTF-8 — convert the file to UTF-8");
        }
    }
}
