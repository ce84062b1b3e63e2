package dev.kabar.adapter.cli;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kabar remove ID...}: take articles out of the index, live; a bundled one stays out across rebuilds. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove articles (added or bundled) by id; see kabar sources for the ids.",
            "Goes through the server running on the same state when there is one, else writes the index directly."})
public final class RemoveCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final LiveServers servers;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "ID", arity = "1..*", description = "An article id.")
    List<String> ids = List.of();

    public RemoveCommand(LibraryOpener opener, LiveServers servers, KabarCli.Io io) {
        this.opener = opener;
        this.servers = servers;
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        return ArticleCommands.run(opener, servers, io, common.request(false), ids, new ArticleCommands.Work() {
            @Override
            public boolean viaServer(ServerClient server, String id) throws Exception {
                ServerClient.Reply reply = server.remove(id);
                return reply.status() == 200 ? removed(id) : fail(id, reply.message());
            }

            @Override
            public boolean direct(Library library, String id) {
                return library.desk().remove(id) ? removed(id) : fail(id, "no article with id " + id + ": see kabar sources");
            }
        });
    }

    private boolean removed(String id) {
        io.out().println("removed " + id);
        return true;
    }

    private boolean fail(String id, String message) {
        io.err().println("kabar: " + id + ": " + message);
        io.err().flush();
        return false;
    }
}
