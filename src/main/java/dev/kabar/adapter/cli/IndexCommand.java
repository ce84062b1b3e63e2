package dev.kabar.adapter.cli;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.retrieval.IndexReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kabar index}: (re)build the index and print the ingestion report. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Ingest the corpus and build the index.",
            "Without --if-stale the index is always rebuilt; the previous one stays usable until the new one is complete."})
final class IndexCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--if-stale", description = "Only rebuild when the corpus or settings changed.")
    boolean ifStale;

    IndexCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        try (Library library = opener.open(common.request(!ifStale), io::note)) {
            IndexReport report = library.report();
            io.out().println(report.summary());
            for (String rejection : report.rejected()) {
                io.out().println("  rejected " + rejection);
            }
        }
        io.out().flush();
        return KabarCli.OK;
    }
}
