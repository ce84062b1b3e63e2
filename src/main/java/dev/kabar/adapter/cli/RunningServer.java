package dev.kabar.adapter.cli;

import java.net.URI;

/** A started server: where to reach it, and how to stop it. */
public interface RunningServer extends AutoCloseable {

    /** The address to open in a browser. */
    URI url();

    @Override
    void close();
}
