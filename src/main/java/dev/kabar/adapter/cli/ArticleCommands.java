package dev.kabar.adapter.cli;

import dev.kabar.chat.AddedArticle;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code kabar add} and {@code kabar remove} send their work: through the server running on the
 * same state directory when there is one (never two writers of one index), else into the index
 * directly, under its write lock.
 */
final class ArticleCommands {

    private ArticleCommands() {}

    /** What one command does per item, through a server or directly. */
    interface Work {
        /** @return whether the item succeeded; failures are reported by the work itself */
        boolean viaServer(ServerClient server, String item) throws Exception;

        boolean direct(Library library, String item) throws Exception;
    }

    static int run(LibraryOpener opener, LiveServers servers, KabarCli.Io io, LibraryRequest request,
            List<String> items, Work work) throws Exception {
        Optional<ServerClient> server = request.index() != null ? Optional.empty()
                : servers.runningServer(request).flatMap(url -> ServerClient.reach(url, servers.adminToken()));
        int failed = 0;
        if (server.isPresent()) {
            try (ServerClient s = server.get()) {
                if (servers.adminToken().isEmpty()) {
                    throw new IllegalStateException("a kabar server runs at " + s.base()
                            + " on this state: set KABAR_ADMIN_TOKEN to its token to add and remove through it");
                }
                for (String item : items) {
                    failed += work.viaServer(s, item) ? 0 : 1;
                }
            }
        } else {
            try (Library library = opener.open(request, io::note)) {
                for (String item : items) {
                    failed += work.direct(library, item) ? 0 : 1;
                }
            }
        }
        io.out().flush();
        return failed == 0 ? KabarCli.OK : KabarCli.RUNTIME;
    }

    static String describe(AddedArticle a) {
        return (a.created() ? "added " : "updated ") + a.id() + "  " + a.title()
                + (a.outlet().isEmpty() ? "" : " — " + a.outlet())
                + (a.published() == null ? "" : ", " + a.published()) + "  (" + a.passages() + " passages)";
    }
}
