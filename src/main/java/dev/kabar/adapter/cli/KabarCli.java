package dev.kabar.adapter.cli;

import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.Rejected;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kabar} command. Exit codes: 0 ok, 1 usage error, 2 runtime error; errors are one line
 * on stderr that says what to do next.
 */
@Command(name = "kabar", mixinStandardHelpOptions = true, version = "kabar 0.1.0",
        description = "Answers questions about news articles, citing the passages it answers from.",
        subcommandsRepeatable = false)
public final class KabarCli implements Runnable {

    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int RUNTIME = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. kabar ask \"…\"");
    }

    /** Everything the commands need from outside; tests pass their own. */
    public record Io(PrintWriter out, PrintWriter err, Supplier<BufferedReader> in, boolean debug) {

        /** A progress or status line on standard error, prefixed {@code kabar:} and shown at once. */
        public void note(String message) {
            err.println("kabar: " + message);
            err.flush();
        }
    }

    /** Builds the command line with the given subcommands added after the standard ones. */
    public static CommandLine create(LibraryOpener opener, Io io, Object... extraCommands) {
        CommandLine cl = new CommandLine(new KabarCli());
        cl.addSubcommand(new AskCommand(opener, io));
        cl.addSubcommand(new BriefCommand(opener, io));
        cl.addSubcommand(new SearchCommand(opener, io));
        cl.addSubcommand(new IndexCommand(opener, io));
        cl.addSubcommand(new SourcesCommand(opener, io));
        cl.addSubcommand(new BenchCommand(opener, io));
        cl.addSubcommand(new EvalCommand(opener, io));
        for (Object extra : extraCommands) {
            cl.addSubcommand(extra);
        }
        cl.setOut(io.out());
        cl.setErr(io.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            io.err().println("kabar: " + ex.getMessage() + " (see kabar " + commandName(ex) + " --help)");
            io.err().flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            io.err().println("kabar: " + describe(ex));
            if (io.debug()) {
                ex.printStackTrace(io.err());
            }
            io.err().flush();
            return ex instanceof Rejected || ex instanceof IllegalArgumentException ? USAGE : RUNTIME;
        });
        return cl;
    }

    static String describe(Throwable ex) {
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank() || ex instanceof NullPointerException || ex instanceof IllegalStateException
                && msg.length() < 3) {
            return "internal error (" + ex.getClass().getSimpleName()
                    + "); run again with KABAR_DEBUG=1 and report the output";
        }
        String oneLine = msg.lines().findFirst().orElse(msg);
        return oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine;
    }

    private static String commandName(CommandLine.ParameterException ex) {
        String name = ex.getCommandLine().getCommandName();
        return "kabar".equals(name) ? "" : name.toLowerCase(Locale.ROOT);
    }
}
