package dev.kabar.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureRulesTest {

    @Test
    void should_name_the_line_when_a_rule_kind_is_unknown() {
        assertThatThrownBy(() -> FurnitureRules.parse(List.of("# c", "", "drop-line-prefix: Baca juga:", "drop-lines: x")))
                .isInstanceOf(FurnitureRulesException.class)
                .hasMessageStartingWith("furniture rules:4: unknown rule kind 'drop-lines'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void should_name_the_file_and_line_when_a_regex_is_bad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("furniture.txt");
        Files.write(file, List.of("drop-line-regex: ^(unclosed"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FurnitureRules.load(file))
                .isInstanceOf(FurnitureRulesException.class)
                .hasMessageStartingWith(file + ":1: bad regex '^(unclosed'");
    }

    @Test
    void should_reject_when_argument_is_missing_or_not_a_number() {
        assertThatThrownBy(() -> FurnitureRules.parse(List.of("caption-max-chars: lots")))
                .hasMessageContaining(":1: caption-max-chars needs a whole number");
        assertThatThrownBy(() -> FurnitureRules.parse(List.of("drop-line-prefix:")))
                .hasMessageContaining(":1: rule 'drop-line-prefix' needs an argument");
        assertThatThrownBy(() -> FurnitureRules.parse(List.of("no colon here")))
                .hasMessageContaining(":1: expected `kind: argument`");
    }

    @Test
    void should_drop_a_new_outlets_furniture_when_only_the_rules_file_changes() {
        FurnitureRules rules = FurnitureRules.parse(List.of(
                "drop-line-prefix: Tonton juga:",
                "drop-from-line-regex: ^Copyright ",
                "dateline-regex: ^(?<place>\\p{Lu}+), (?<outlet>Harian Contoh) — ",
                "outlet-name: Harian Contoh = Harian Contoh Online"));
        CleanedText cleaned = new ArticleCleaner(rules).cleanWithTitleLine("""
                Judul
                MEDAN, Harian Contoh — Hujan turun sepanjang hari di kota itu.
                TONTON JUGA: video banjir
                Warga membersihkan rumah mereka.
                Copyright 2024 Harian Contoh
                Semua hak dilindungi.
                """);
        assertThat(cleaned.body()).isEqualTo("Hujan turun sepanjang hari di kota itu.\n\nWarga membersihkan rumah mereka.");
        assertThat(cleaned.outlet()).isEqualTo("Harian Contoh Online");
        assertThat(cleaned.removedLines()).isEqualTo(3);
    }
}
