package dev.kabar.adapter.web;

import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.nio.file.Path;
import java.util.Map;

/** The bundled corpus indexed into a temporary directory, as every web test serves it. */
final class TestServer {

    private TestServer() {}

    static Library library(Path index) {
        return new Kabar(Map.of(), Path.of("").toAbsolutePath())
                .open(new LibraryRequest(null, index, null, false), m -> {});
    }
}
