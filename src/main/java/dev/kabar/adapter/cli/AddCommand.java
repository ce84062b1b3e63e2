package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kabar.chat.AddedArticle;
import dev.kabar.chat.DeskException;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kabar add SOURCE...}: read each page and add its article, answerable at once. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add the article at each URL (or in a saved .html / .html.gz page) to the index, live.",
            "Goes through the server running on the same state when there is one (KABAR_ADMIN_TOKEN),",
            "else writes the index directly. The same URL again updates the article."})
public final class AddCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final LiveServers servers;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "An http(s) URL, or a saved .html / .html.gz page.")
    List<String> sources = List.of();

    public AddCommand(LibraryOpener opener, LiveServers servers, KabarCli.Io io) {
        this.opener = opener;
        this.servers = servers;
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        return ArticleCommands.run(opener, servers, io, common.request(false), sources, new ArticleCommands.Work() {
            @Override
            public boolean viaServer(ServerClient server, String source) throws Exception {
                return viaServerOne(server, source);
            }

            @Override
            public boolean direct(Library library, String source) {
                try {
                    io.out().println(ArticleCommands.describe(library.desk().add(source)));
                    return true;
                } catch (DeskException e) {
                    return fail(source, e.getMessage());
                }
            }
        });
    }

    private boolean viaServerOne(ServerClient server, String source) throws IOException, InterruptedException {
        Map<String, String> body = new HashMap<>();
        String lower = source.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            body.put("url", source.strip());
        } else {
            body.put("html", savedPage(Path.of(source)));
        }
        ServerClient.Reply reply = server.add(body);
        if (reply.status() != 200 && reply.status() != 201) {
            return fail(source, reply.message());
        }
        JsonNode b = reply.body();
        io.out().println(ArticleCommands.describe(new AddedArticle(b.path("id").asText(), b.path("title").asText(),
                b.path("outlet").asText(), b.path("published").isNull() ? null : b.path("published").asText(),
                b.path("url").asText(), b.path("passages").asInt(), reply.status() == 201)));
        return true;
    }

    /** A saved page's text for the server, which reads its address from the page itself. */
    private static String savedPage(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readNBytes(5 * 1024 * 1024), StandardCharsets.UTF_8);
        }
    }

    private boolean fail(String source, String message) {
        io.err().println("kabar: " + source + ": " + message);
        io.err().flush();
        return false;
    }
}
