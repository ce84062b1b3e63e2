package dev.kabar.text.thesaurus;

import dev.kabar.text.Terms;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A MyThes thesaurus (LibreOffice's format; Debian's {@code mythes-id} is
 * {@code /usr/share/mythes/th_id_ID_v2}) read whole at start-up from {@code NAME.dat}: the first line
 * names the encoding; then each entry is a {@code word|n} line followed by {@code n} lines
 * {@code (pos)|synonym|synonym…}. The {@code NAME.idx} offsets buy nothing when everything is read
 * (the Indonesian data is about 1.5 MB). Antonym lines ({@code [ant]}, {@code (antonim)}) are
 * dropped: a passage saying the opposite does not support a question. Only one-word synonyms are
 * kept, folded. Entries that do not follow the format are skipped and counted.
 */
public final class Thesaurus {

    private final Map<String, List<String>> synonyms;
    private final int skipped;

    private Thesaurus(Map<String, List<String>> synonyms, int skipped) {
        this.synonyms = Map.copyOf(synonyms);
        this.skipped = skipped;
    }

    public static Thesaurus empty() {
        return new Thesaurus(Map.of(), 0);
    }

    /** Whether the thesaurus named by {@code base} (its {@code .dat} file) is there. */
    public static boolean exists(Path base) {
        return Files.isRegularFile(dat(base));
    }

    /**
     * Reads the thesaurus named by {@code base}.
     *
     * @throws ThesaurusException when it cannot be read or its first line names no known encoding
     */
    public static Thesaurus read(Path base) {
        Path file = dat(base);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ThesaurusException("cannot read thesaurus " + file + ": " + e.getMessage(), e);
        }
        int eol = 0;
        while (eol < bytes.length && bytes[eol] != '\n') {
            eol++;
        }
        String name = new String(bytes, 0, eol, StandardCharsets.US_ASCII).strip();
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ThesaurusException("thesaurus " + file + " names no known encoding on its first line ('"
                    + shorten(name) + "'): is it a MyThes .dat file?", e);
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, Math.min(bytes.length, eol + 1),
                            Math.max(0, bytes.length - eol - 1)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ThesaurusException("thesaurus " + file + " is not valid " + charset.name()
                    + " as its first line says: " + e.getMessage(), e);
        }
        return parse(text.lines().toList());
    }

    /** The entries of a {@code .dat} file's lines after the encoding line. */
    static Thesaurus parse(List<String> lines) {
        Map<String, List<String>> out = new HashMap<>();
        int skipped = 0;
        int i = 0;
        while (i < lines.size()) {
            String[] head = lines.get(i).split("\\|");
            int count = head.length == 2 ? count(head[1]) : -1;
            if (count < 0 || i + count >= lines.size() || !meanings(lines, i + 1, count)) {
                skipped++;
                i++;
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (int k = 1; k <= count; k++) {
                String[] meaning = lines.get(i + k).split("\\|");
                if (isAntonyms(meaning[0])) {
                    continue;
                }
                for (int m = 1; m < meaning.length; m++) {
                    String w = meaning[m].strip();
                    if (!w.isEmpty() && w.chars().allMatch(Character::isLetter)) {
                        words.add(Terms.fold(w));
                    }
                }
            }
            String word = Terms.fold(head[0].strip());
            words.remove(word);
            if (!words.isEmpty()) {
                out.merge(word, List.copyOf(words), (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    b.stream().filter(w -> !a.contains(w)).forEach(both::add);
                    return both;
                });
            }
            i += count + 1;
        }
        return new Thesaurus(out, skipped);
    }

    /** The one-word synonyms of a folded word, in the thesaurus's order; empty when it has none. */
    public List<String> of(String folded) {
        return synonyms.getOrDefault(folded, List.of());
    }

    /** How many words have synonyms. */
    public int size() {
        return synonyms.size();
    }

    /** Lines that were neither an entry's head nor one of its meanings: skipped. */
    public int skipped() {
        return skipped;
    }

    /** Whether the {@code count} lines from {@code from} are all {@code (pos)|word…} lines. */
    private static boolean meanings(List<String> lines, int from, int count) {
        for (int k = from; k < from + count; k++) {
            String line = lines.get(k);
            if (line.isEmpty() || "([".indexOf(line.charAt(0)) < 0 || line.indexOf('|') < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAntonyms(String pos) {
        String p = pos.strip().toLowerCase(Locale.ROOT);
        return p.contains("ant");
    }

    private static int count(String s) {
        try {
            int n = Integer.parseInt(s.strip());
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Path dat(Path base) {
        return base.resolveSibling(base.getFileName() + ".dat");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
