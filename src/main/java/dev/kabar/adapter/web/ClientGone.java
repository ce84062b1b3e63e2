package dev.kabar.adapter.web;

import java.io.IOException;

/**
 * The client hung up mid-request (mid-body, or while an answer streamed): nobody is left to answer,
 * so it is logged at DEBUG and counted as a client error, never as a 500.
 */
final class ClientGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClientGone(String when, IOException cause) {
        super("the client closed the connection " + when, cause);
    }
}
