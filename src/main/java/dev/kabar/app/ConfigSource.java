package dev.kabar.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the configuration comes from — the built-in defaults, a properties file, the environment —
 * and the one place it is read: {@link Settings#load} runs here only, once per configuration file
 * for the whole run, so the library, the web server and the bot of one {@code kabar serve} share
 * one {@link KabarConfig}. {@code Main} makes one for the process; the file is known only once the
 * command line is parsed ({@code --config}), hence the memo rather than a value.
 */
public final class ConfigSource {

    private final Map<String, String> env;
    private final Path home;
    private final Map<Optional<Path>, Settings> loaded = new ConcurrentHashMap<>();
    private final Map<Optional<Path>, KabarConfig> read = new ConcurrentHashMap<>();

    /**
     * @param env the environment, captured once
     * @param home the directory relative paths in the configuration resolve against
     */
    public ConfigSource(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = Objects.requireNonNull(home, "home");
    }

    /**
     * The typed configuration from {@code file} ({@code null}: {@code home/config/kabar.properties}
     * when it exists), read and checked the first time it is asked for.
     *
     * @throws ConfigException when a value is missing or malformed; the message names the key
     */
    KabarConfig read(Path file) {
        return read.computeIfAbsent(Optional.ofNullable(file), f -> KabarConfig.from(settings(file)));
    }

    /** The raw settings from {@code file}, loaded once (the state migration reads which paths are defaults). */
    Settings settings(Path file) {
        return loaded.computeIfAbsent(Optional.ofNullable(file), f -> Settings.load(file, env, home));
    }

    /** The environment captured at start (the fetcher's proxy variables). */
    Map<String, String> env() {
        return env;
    }

    Path home() {
        return home;
    }
}
