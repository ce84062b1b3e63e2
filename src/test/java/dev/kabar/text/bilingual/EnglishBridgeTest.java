package dev.kabar.text.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.Language;
import dev.kabar.text.Terms;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnglishBridgeTest {

    @TempDir
    Path dir;

    @Test
    void should_read_a_dictzip_dictionary_and_find_inflected_headwords() throws IOException {
        String window = "window <n>\njendela\nopening in a wall\n";
        String kettle = "kettle <n>\n1. ketel, cerek\n2. teko\nvessel\n";
        byte[] body = (window + kettle).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("t.dict.dz")))) {
            out.write(body);
        }
        int split = window.getBytes(StandardCharsets.UTF_8).length;
        Files.writeString(dir.resolve("t.index"), "00databaseutf8\tA\tB\nwindow\tA\t" + b64(split)
                + "\nkettle\t" + b64(split) + "\t" + b64(body.length - split) + "\n");

        EnglishBridge bridge = EnglishBridge.withDictionary(dir.resolve("t"));
        List<EnglishBridge.Translation> found = bridge.find(Terms.scan("How many windows? Where are the kettles?"));

        assertThat(found).extracting(t -> t.alternatives().getFirst().tokens())
                .contains(List.of("jendela"), List.of("ketel"));
        assertThat(found.getFirst().alternatives().getFirst().weight()).isLessThan(EnglishBridge.TABLE_WEIGHT);
    }

    @Test
    void should_translate_demonyms_and_news_phrases_from_the_bundled_tables() {
        EnglishBridge bridge = EnglishBridge.tablesOnly();

        List<EnglishBridge.Translation> found = bridge.find(Terms.scan("What did the South Korean foreign ministry say?"));

        assertThat(found).extracting(t -> t.alternatives().getFirst().tokens())
                .containsExactly(List.of("korea", "selatan"), List.of("kementerian", "luar", "negeri"));
        assertThat(found.getFirst().name()).isTrue();
    }

    @Test
    void should_leave_indonesian_questions_to_the_alias_table_alone() {
        AliasTable aliases = AliasTable.parse(List.of("Korea Utara | North Korea")).withEnglish(EnglishBridge.tablesOnly());
        var tokens = Terms.scan("Apa kata kementerian luar negeri Korea Utara tentang perang?");

        assertThat(aliases.find(tokens, Language.ID)).isEqualTo(aliases.find(tokens));
    }

    private static String b64(int n) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder s = new StringBuilder();
        do {
            s.insert(0, digits.charAt(n % 64));
            n /= 64;
        } while (n > 0);
        return s.toString();
    }
}
