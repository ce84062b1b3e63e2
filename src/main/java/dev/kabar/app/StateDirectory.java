package dev.kabar.app;

import java.nio.file.Path;

/**
 * Where kabar writes at run time: one directory, {@code state.path} (default {@code data/state}),
 * kept apart from the bundled corpus, which is only ever read. Docker mounts it as the image's one
 * volume, so whatever lands here survives a new container.
 *
 * @param root the state directory
 * @param index the Lucene index generations: {@code index.path}, else {@code <root>/index}
 * @param telegramOffset the last handled Telegram update: {@code telegram.state-file}, else
 *     {@code <root>/telegram-offset}
 */
record StateDirectory(Path root, Path index, Path telegramOffset) {

    static final String ROOT_KEY = "state.path";
    static final String INDEX_KEY = "index.path";
    static final String OFFSET_KEY = "telegram.state-file";

    static StateDirectory from(Settings s) {
        Path root = s.getPath(ROOT_KEY);
        return new StateDirectory(root, inside(s, INDEX_KEY, root, "index"),
                inside(s, OFFSET_KEY, root, "telegram-offset"));
    }

    /** Whether {@code key} is left empty, so its path follows {@code state.path}. */
    static boolean followsState(Settings s, String key) {
        return s.get(key).isEmpty();
    }

    private static Path inside(Settings s, String key, Path root, String name) {
        return followsState(s, key) ? root.resolve(name) : s.getPath(key);
    }
}
