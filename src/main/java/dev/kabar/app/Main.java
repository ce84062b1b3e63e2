package dev.kabar.app;

import dev.kabar.adapter.cli.AddCommand;
import dev.kabar.adapter.cli.ExtractCommand;
import dev.kabar.adapter.cli.FeedsCommand;
import dev.kabar.adapter.cli.FollowCommand;
import dev.kabar.adapter.cli.KabarCli;
import dev.kabar.adapter.cli.RemoveCommand;
import dev.kabar.adapter.cli.ServeCommand;
import dev.kabar.adapter.cli.TelegramCommand;
import dev.kabar.adapter.cli.UnfollowCommand;
import dev.kabar.chat.Webhooks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Entry point of {@code ./kabar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path home = Path.of(System.getProperty("kabar.home", ".")).toAbsolutePath().normalize();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        boolean debug = !System.getenv().getOrDefault("KABAR_DEBUG", "").isBlank();
        KabarCli.Io io = new KabarCli.Io(out, err,
                () -> new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), debug);
        Webhooks hooks = new Webhooks();
        ConfigSource config = new ConfigSource(System.getenv(), home); // read once, shared by the library, web and bot
        Kabar kabar = new Kabar(config, hooks);
        TelegramLauncher telegram = new TelegramLauncher(config, hooks);
        ExtractCommand extract = new ExtractCommand(() -> ExtractionSetup.extractor(config),
                () -> ExtractionSetup.fetcher(ExtractionSetup.addressPolicy(config), config.env()), io);
        int code = KabarCli.create(kabar, io, new ServeCommand(kabar, kabar, telegram, io),
                new TelegramCommand(kabar, io, telegram), extract, new AddCommand(kabar, kabar, io),
                new RemoveCommand(kabar, kabar, io), new FollowCommand(kabar, io), new UnfollowCommand(kabar, io),
                new FeedsCommand(kabar, io)).execute(args);
        out.flush();
        return code;
    }
}
