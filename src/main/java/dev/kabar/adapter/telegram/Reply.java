package dev.kabar.adapter.telegram;

import java.util.List;

/**
 * A message to send: HTML text (already escaped) and one button per citation.
 *
 * @param buttons label and callback data of each inline button, in order
 */
record Reply(String html, List<Button> buttons) {

    /** An inline button that sends {@code data} back as a callback query. */
    record Button(String label, String data) {}

    Reply {
        buttons = List.copyOf(buttons);
    }

    static Reply text(String html) {
        return new Reply(html, List.of());
    }
}
