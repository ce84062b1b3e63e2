package dev.kabar.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code kabar} (its real {@code main}) in a child JVM on the test class path, output to a file. */
final class ChildKabar {

    private ChildKabar() {}

    /**
     * @param shellPrefix run through {@code sh -c} after this (e.g. {@code ulimit -f 2048;}), or null
     */
    static Process start(Path log, String shellPrefix, String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), heap, "-cp",
                System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED", "dev.kabar.app.Main"));
        command.addAll(List.of(args));
        if (shellPrefix != null) {
            StringBuilder line = new StringBuilder(shellPrefix).append(" exec");
            command.forEach(c -> line.append(" '").append(c.replace("'", "'\\''")).append('\''));
            command = List.of("sh", "-c", line.toString());
        }
        return new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
