package dev.kabar.answer;

import dev.kabar.app.ConfiguredAnswers;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Admitted;
import dev.kabar.chat.FrameRewriter;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Question;
import dev.kabar.eval.CorpusWriter;
import dev.kabar.eval.QaDataset;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the training tools share: a dataset's paragraphs plus distractors in a fresh index, as
 * {@code kabar eval} builds it, kabar's configuration, and each question retrieved the way a user's is.
 * The tools build their own composer on top, with a judge or an observer that records.
 */
public final class TrainingRun {

    /** The work done with the index open. */
    public interface Work<T> {
        T run(Library library, ConfiguredAnswers config) throws IOException;
    }

    /** A question as kabar asks it: validated, its language, and the passages retrieved for it. */
    public record Asked(String question, Language language, List<Hit> hits) {}

    private static final FrameRewriter REWRITER = new FrameRewriter();

    private TrainingRun() {}

    public static <T> T with(QaDataset data, Path distractors, Path home, Work<T> work) throws IOException {
        Path corpus = Files.createTempDirectory("kabar-training-corpus-");
        Path index = Files.createTempDirectory("kabar-training-index-");
        try {
            CorpusWriter writer = new CorpusWriter(corpus);
            writer.writeDataset(data);
            writer.addDistractors(distractors.toAbsolutePath().normalize());
            try (Library library = new Kabar(System.getenv(), home)
                    .open(new LibraryRequest(corpus, index, null, false), System.err::println)) {
                return work.run(library, ConfiguredAnswers.load(System.getenv(), home));
            }
        } finally {
            delete(corpus);
            delete(index);
        }
    }

    public static Asked retrieve(Library library, ConfiguredAnswers config, String raw) {
        Admitted admitted = library.door().admit(Question.of(raw));
        String question = admitted.text();
        Language language = admitted.language();
        return new Asked(question, language,
                library.retriever().search(REWRITER.searchQuery(question, language), config.topK()));
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
