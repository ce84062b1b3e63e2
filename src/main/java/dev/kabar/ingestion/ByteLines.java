package dev.kabar.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, split on {@code \n} with every {@code \r} dropped, undecoded (the
 * caller decodes strictly). Unsynchronised and block-wise: reading a large JSONL file byte by byte
 * through a {@code BufferedInputStream} costs a lock per byte.
 */
final class ByteLines {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private byte[] line = new byte[4096];
    private int pos;
    private int limit;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or {@code null} at the end of the stream. */
    byte[] next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = Math.max(0, in.read(buffer, 0, buffer.length));
                pos = 0;
                if (limit == 0) {
                    return any ? Arrays.copyOf(line, length) : null;
                }
            }
            any = true;
            byte b = buffer[pos++];
            if (b == '\n') {
                return Arrays.copyOf(line, length);
            }
            if (b != '\r') {
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = b;
            }
        }
    }
}
