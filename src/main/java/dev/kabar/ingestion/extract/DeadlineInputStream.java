package dev.kabar.ingestion.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/** A socket's input where each read waits no longer than the exchange's deadline allows: a total time-out. */
final class DeadlineInputStream extends InputStream {

    private final Socket socket;
    private final InputStream in;
    private final HttpExchange.Deadline deadline;

    DeadlineInputStream(Socket socket, HttpExchange.Deadline deadline) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        socket.setSoTimeout(deadline.remainingMillis());
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        socket.setSoTimeout(deadline.remainingMillis());
        return in.read(b, off, len);
    }
}
