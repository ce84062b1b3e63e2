package dev.kabar.ingestion.extract;

import java.io.IOException;
import java.io.InputStream;

/** The body of a {@code Transfer-Encoding: chunked} response, without its chunk framing. */
final class ChunkedInputStream extends InputStream {

    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        if (left == 0) {
            String size = HttpExchange.line(in);
            int semi = size.indexOf(';');
            String hex = (semi < 0 ? size : size.substring(0, semi)).strip();
            if (!hex.matches("[0-9A-Fa-f]{1,15}")) { // no sign, no overflow
                throw new IOException("malformed chunk size: " + size);
            }
            left = Long.parseLong(hex, 16);
            if (left == 0) {
                done = true;
                return -1;
            }
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n == -1) {
            throw new IOException("connection closed in the middle of a chunk");
        }
        left -= n;
        if (left == 0) {
            HttpExchange.line(in); // the CRLF after each chunk
        }
        return n;
    }
}
