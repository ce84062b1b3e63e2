package dev.kabar.adapter.cli;

import dev.kabar.brief.Briefing;
import dev.kabar.chat.BriefingJson;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.Library;
import dev.kabar.chat.FrontDoor;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.Question;
import dev.kabar.chat.Rejected;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kabar brief}: a cited briefing on a topic, or on the whole collection. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"A cited briefing: key points, who said what, reactions, timeline, where sources differ.",
            "Without TOPIC, a briefing on the whole collection."})
final class BriefCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--json", description = "Print the briefing JSON.")
    boolean json;

    @Parameters(paramLabel = "TOPIC", arity = "0..*", description = "The topic; quotes are optional.")
    List<String> words = List.of();

    BriefCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() {
        try (Library library = opener.open(common.request(false), io::note)) {
            Briefing b = brief(library.door(), Question.of(String.join(" ", words)));
            if (json) {
                io.out().println(KabarJson.write(BriefingJson.of(b)));
            } else {
                BriefingPrinter.print(io.out(), b);
            }
            io.out().flush();
        }
        return KabarCli.OK;
    }

    /** Any topic gets a briefing: one refused as too long, a "nothing found" one saying so. */
    private static Briefing brief(FrontDoor door, Question q) {
        try {
            return door.brief(q);
        } catch (Rejected r) {
            if (r.reason() == Rejected.Reason.TOO_LONG) {
                return FrontDoor.nothingFound(q, r);
            }
            throw r;
        }
    }

}
