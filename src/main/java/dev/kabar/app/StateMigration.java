package dev.kabar.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves what kabar wrote before it had a state directory — {@code data/index} and
 * {@code data/telegram-offset} in the kabar home, the old defaults — into {@link StateDirectory},
 * once. Only a path that follows {@code state.path} is filled this way: a configured
 * {@code index.path}, {@code telegram.state-file} or {@code --index} is used as it stands and
 * nothing is moved. Once moved, the old place is empty and the next start does nothing.
 *
 * <p>A move that fails is logged in one line and start-up goes on, because both are rebuilt: the
 * index from the corpus, the offset from Telegram's queue (which keeps unconfirmed updates).
 */
final class StateMigration {

    private static final Logger LOG = LoggerFactory.getLogger(StateMigration.class);

    /** Where kabar kept the index before {@code state.path}, relative to the kabar home. */
    static final String OLD_INDEX = "data/index";
    /** Where kabar kept the Telegram offset before {@code state.path}, relative to the kabar home. */
    static final String OLD_OFFSET = "data/telegram-offset";

    private StateMigration() {}

    /** @param indexGiven whether the command names its own index ({@code --index}) */
    static void run(Settings s, boolean indexGiven) {
        StateDirectory state = StateDirectory.from(s);
        if (!indexGiven && StateDirectory.followsState(s, StateDirectory.INDEX_KEY)) {
            move("index", s.home().resolve(OLD_INDEX), state.index(), "a new index will be built there");
        }
        if (StateDirectory.followsState(s, StateDirectory.OFFSET_KEY)) {
            move("Telegram offset", s.home().resolve(OLD_OFFSET), state.telegramOffset(),
                    "the bot will start without it");
        }
    }

    private static void move(String what, Path from, Path to, String otherwise) {
        // to inside from: state.path points into the old index itself, which then stays where it is
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS) || Files.exists(to, LinkOption.NOFOLLOW_LINKS)
                || to.startsWith(from)) {
            return;
        }
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
            LOG.info("moved the {} from {} to {} (its place under state.path)", what, from, to);
        } catch (IOException e) {
            LOG.warn("could not move the {} from {} to {} ({}); {}", what, from, to, e.toString(), otherwise);
        }
    }
}
