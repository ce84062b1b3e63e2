package dev.kabar.text;

import java.util.regex.Pattern;

/**
 * Recognises text that opens by pointing back at what came before — "Hal ini …", "Ia …",
 * "Mereka …", "Dalam sebuah artikel …, ia …" — and so cannot be read, or checked, on its own.
 */
public final class BackReference {

    private static final Pattern OPENER = Pattern.compile(
            "^(?:Hal (?:ini|itu|tersebut)|Ini|Itu|Ia|Dia|Mereka|Beliau|Keduanya|Kedua(?:nya)? (?:negara|pemimpin|pihak)"
                    + "|(?:Langkah|Pernyataan|Keputusan|Kebijakan|Perjanjian|Kesepakatan) (?:ini|itu|tersebut)"
                    + "|(?:Dalam|Di) (?:sebuah |suatu )?[^,.]{0,80}, (?:ia|dia|mereka|beliau)"
                    + "|(?:He|She|They|It|This|That)) \\b");

    private BackReference() {}

    public static boolean opens(CharSequence text) {
        return OPENER.matcher(text).lookingAt();
    }
}
