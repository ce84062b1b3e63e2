package dev.kabar.adapter.cli;

import dev.kabar.chat.KabarJson;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.SourceJson;
import dev.kabar.retrieval.ArticleSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kabar sources}: the indexed articles. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the articles: id, title, outlet, date, passage count.")
final class SourcesCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    SourcesCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        try (Library library = opener.open(common.request(false), io::note)) {
            List<ArticleSummary> articles = library.store().articles();
            if (json) {
                io.out().println(KabarJson.write(articles.stream().map(SourceJson::of).toList()));
            } else {
                for (ArticleSummary s : articles) {
                    io.out().printf("%-24s %-10s %-12s %3d  %s%n", s.meta().id(), orDash(s.meta().publishedIso()),
                            orDash(s.meta().outlet()), s.passageCount(),
                            AnswerPrinter.abbreviate(s.meta().title(), 80));
                }
                io.out().println(articles.size() + " articles");
            }
        }
        io.out().flush();
        return KabarCli.OK;
    }

    private static String orDash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
