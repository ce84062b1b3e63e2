package dev.kabar.adapter.telegram;

import dev.kabar.article.WebLinks;

/** Escaping for Telegram's HTML parse mode: every piece of user or article text goes through here. */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    /** A link only to an http(s) address; any other address ({@code javascript:}, {@code tg:}) leaves the text plain. */
    static String link(String url, String text) {
        if (!WebLinks.isWebLink(url)) {
            return escape(text);
        }
        return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
    }
}
