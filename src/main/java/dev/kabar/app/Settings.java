package dev.kabar.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Raw configuration: built-in defaults (the bundled {@code config/kabar.properties}), overridden by
 * a properties file, overridden by the environment ({@code KABAR_} + the key in upper snake case:
 * {@code retrieval.top-k} → {@code KABAR_RETRIEVAL_TOP_K}).
 */
public final class Settings {

    private static final String DEFAULTS = "/config/kabar.properties";

    private final Properties defaults;
    private final Properties file;
    private final Map<String, String> env;
    private final String fileName;
    private final Path home;

    private Settings(Properties defaults, Properties file, String fileName, Map<String, String> env, Path home) {
        this.defaults = defaults;
        this.file = file;
        this.fileName = fileName;
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /**
     * @param configFile an explicit properties file, or {@code null} to use {@code home/config/kabar.properties}
     *     when it exists
     * @param home the directory relative paths in the configuration resolve against
     */
    public static Settings load(Path configFile, Map<String, String> env, Path home) {
        Properties defaults = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS)) {
            if (in != null) {
                defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read built-in defaults: " + e.getMessage(), e);
        }
        Path file = configFile != null ? configFile : home.resolve("config/kabar.properties");
        Properties fromFile = new Properties();
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new ConfigException("config file not found: " + configFile + " — pass an existing file to --config");
        }
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                fromFile.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
            }
        }
        return new Settings(defaults, fromFile, file.toString(), env, home);
    }

    /** Only the built-in defaults and the given overrides; for tests. */
    public static Settings of(Map<String, String> overrides) {
        Settings base = load(null, Map.of(), Path.of("/nonexistent-kabar-home"));
        Properties p = new Properties();
        p.putAll(overrides);
        return new Settings(base.defaults, p, "overrides", Map.of(), Path.of("").toAbsolutePath());
    }

    public static String envName(String key) {
        return "KABAR_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String get(String key) {
        String fromEnv = env.get(envName(key));
        if (fromEnv != null) {
            return fromEnv.trim();
        }
        String v = file.getProperty(key, defaults.getProperty(key));
        if (v == null) {
            throw new ConfigException("missing config key " + key + ": add it to " + fileName + " or set " + envName(key));
        }
        return v.trim();
    }

    public int getInt(String key, int min, int max) {
        String v = get(key);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new ConfigException(where(key) + " must be between " + min + " and " + max + ", was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(where(key) + " must be a whole number, was '" + v + "'", e);
        }
    }

    public double getDouble(String key, double min, double max) {
        String v = get(key);
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new ConfigException(where(key) + " must be between " + min + " and " + max + ", was " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ConfigException(where(key) + " must be a number, was '" + v + "'", e);
        }
    }

    /** A duration written as ISO-8601 ({@code PT30S}) or with a unit: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 24h}, {@code 365d}. */
    public Duration getDuration(String key) {
        String v = get(key).toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt") || v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1).trim());
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException(v);
            };
        } catch (RuntimeException e) {
            throw new ConfigException(where(key) + " must be a duration like 30s, 15m or 365d, was '" + v + "'", e);
        }
    }

    public boolean getBoolean(String key) {
        String v = get(key).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(where(key) + " must be true or false, was '" + v + "'");
        };
    }

    /** A path; relative ones resolve against the kabar home directory. */
    public Path getPath(String key) {
        String v = get(key);
        if (v.isEmpty()) {
            throw new ConfigException(where(key) + " must name a path");
        }
        return home.resolve(v).normalize();
    }

    /** Secrets and other values that come only from the environment, never from files. */
    public String env(String name) {
        return Objects.requireNonNullElse(env.get(name), "").trim();
    }

    public Path home() {
        return home;
    }

    private String where(String key) {
        return "config key " + key + " (" + fileName + " or " + envName(key) + ")";
    }
}
