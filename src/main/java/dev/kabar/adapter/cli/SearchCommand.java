package dev.kabar.adapter.cli;

import dev.kabar.chat.HitJson;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.Question;
import dev.kabar.chat.ResultJson;
import dev.kabar.retrieval.Hit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kabar search}: the ranked passages for a query, with scores. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Show the passages that best match QUERY.")
final class SearchCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--json", description = "Print a JSON array of hits.")
    boolean json;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "How many passages (1-100, default 10).")
    int limit;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to search for.")
    List<String> words;

    SearchCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("--limit must be between 1 and 100, was " + limit);
        }
        String query = String.join(" ", words);
        try (Library library = opener.open(common.request(false), io::note)) {
            List<Hit> hits = library.door().search(Question.of(query), limit);
            if (json) {
                io.out().println(KabarJson.write(HitJson.of(hits)));
            } else {
                AnswerPrinter.hits(io.out(), hits);
            }
        }
        io.out().flush();
        return KabarCli.OK;
    }
}
