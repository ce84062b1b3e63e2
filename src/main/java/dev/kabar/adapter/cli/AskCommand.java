package dev.kabar.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.KabarJson;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.Messages;
import dev.kabar.chat.Question;
import dev.kabar.chat.Rejected;
import dev.kabar.chat.ResultJson;
import dev.kabar.text.Language;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kabar ask}: one question from the arguments, or one per line of standard input. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer a question from the articles, with numbered citations.",
            "Without QUESTION, reads one question per line of standard input and answers each."})
final class AskCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--json", description = "Print the result JSON (one object per line for standard input).")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; quotes are optional.")
    List<String> words = List.of();

    AskCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (!words.isEmpty()) {
            String question = String.join(" ", words);
            if (question.isBlank()) {
                // the words given are no question at all: said before the index is opened, like picocli's usage errors
                throw new IllegalArgumentException(Messages.text(Language.EN, "cli.ask.empty"));
            }
            try (Library library = opener.open(common.request(false), io::note)) {
                print(library.door().ask(Question.of(question)));
            }
            return KabarCli.OK;
        }
        try (Library library = opener.open(common.request(false), io::note)) {
            return answerLines(library, io.in().get());
        }
    }

    private int answerLines(Library library, BufferedReader in) {
        int failures = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    print(library.door().ask(Question.of(line)));
                } catch (Rejected e) {
                    failures++;
                    reportLineError(line, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read questions from standard input: " + e.getMessage(), e);
        }
        return failures == 0 ? KabarCli.OK : KabarCli.USAGE;
    }

    private void reportLineError(String line, String message) {
        if (json) {
            ObjectNode o = KabarJson.mapper().createObjectNode();
            o.put("question", line.length() > 200 ? line.substring(0, 200) + "…" : line);
            o.put("error", "bad_question");
            o.put("message", message);
            io.out().println(o.toString());
        } else {
            io.note(message);
        }
        io.out().flush();
    }

    private void print(AskResult result) {
        if (json) {
            io.out().println(KabarJson.write(ResultJson.of(result)));
        } else {
            AnswerPrinter.answer(io.out(), result);
            io.out().println();
        }
        io.out().flush();
    }

}
