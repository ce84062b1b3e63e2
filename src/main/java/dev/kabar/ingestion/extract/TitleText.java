package dev.kabar.ingestion.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A headline without the outlet's name a page appends to it ("… - Kompas.com", "… | Reuters"). */
final class TitleText {

    private static final Pattern SUFFIX = Pattern.compile("\\s+[-–—|:·•]\\s+([^-–—|:·•]{2,40})$");

    private TitleText() {}

    static String clean(String raw, String outlet) {
        String title = raw.replaceAll("\\s+", " ").strip();
        Matcher m = SUFFIX.matcher(title);
        if (m.find() && m.start() > 0 && isOutlet(m.group(1), outlet)) {
            return title.substring(0, m.start()).strip();
        }
        return title;
    }

    private static boolean isOutlet(String suffix, String outlet) {
        String s = suffix.strip().toLowerCase(Locale.ROOT);
        String o = outlet.strip().toLowerCase(Locale.ROOT);
        return !o.isEmpty() && (s.equals(o) || s.contains(o) || o.contains(s))
                || s.matches("[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.(com|net|org|id|co\\.id|co\\.uk|news)");
    }
}
