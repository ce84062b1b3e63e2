package dev.kabar.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The feed fixtures under {@code src/test/resources/dev/kabar/feed}, with {@code {{base}}} made a site's address. */
public final class FeedFixtures {

    private FeedFixtures() {}

    public static String text(String name, String base) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no feed fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name, String base) {
        return text(name, base).getBytes(StandardCharsets.UTF_8);
    }
}
