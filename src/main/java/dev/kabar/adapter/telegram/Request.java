package dev.kabar.adapter.telegram;

import java.util.Locale;

/**
 * What a message asks the bot to do: a command name ({@code ask} for plain questions) and its
 * argument text.
 */
record Request(String command, String args) {

    Request {
        command = command.toLowerCase(Locale.ROOT);
        args = args.strip();
    }
}
