package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacqaReaderTest {

    private static final String HEADER = "question,passage,seq_label\n";
    private static final String PASSAGE = "\"['Pesawat', 'GA', '-', '181', 'membawa', '84', 'penumpang', ',', "
            + "'termasuk', 'Menteri', 'Sosial', 'Bachtiar', 'Chamsyah', '(', 'kiri', ')', '.']\"";

    @TempDir
    Path tmp;

    private Path csv(String body) throws IOException {
        return Files.writeString(tmp.resolve("facqa.csv"), HEADER + body, StandardCharsets.UTF_8);
    }

    @Test
    void should_decode_bio_spans_into_answers_cut_from_the_detokenised_passage() throws IOException {
        Path f = csv("\"['Berapa', 'penumpang', 'GA', '-', '181', '?']\"," + PASSAGE
                + ",\"['O', 'O', 'O', 'O', 'O', 'B', 'I', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']\"\n"
                + "\"['Siapa', 'Menteri', 'Sosial', '?']\"," + PASSAGE
                + ",\"['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'B', 'I', 'O', 'O', 'O', 'O']\"\n");

        QaDataset d = new FacqaReader().read(f);

        assertThat(d.contexts()).containsExactly(
                "Pesawat GA-181 membawa 84 penumpang, termasuk Menteri Sosial Bachtiar Chamsyah (kiri).");
        assertThat(d.items()).extracting(QaItem::question)
                .containsExactly("Berapa penumpang GA-181?", "Siapa Menteri Sosial?");
        assertThat(d.items()).extracting(QaItem::answers)
                .containsExactly(List.of("84 penumpang"), List.of("Bachtiar Chamsyah"));
        assertThat(d.items()).extracting(QaItem::contextId).containsExactly(0, 0);
    }

    @Test
    void should_take_every_labelled_span_as_a_gold_answer() {
        assertThat(BioSpans.decode(List.of("B", "I", "O", "B", "B", "I", "I")))
                .containsExactly(new int[] {0, 1}, new int[] {3, 3}, new int[] {4, 6});
        assertThat(BioSpans.decode(List.of("O", "I", "I"))).containsExactly(new int[] {1, 2});
    }

    @Test
    void should_skip_rows_with_mismatched_counts_or_bad_cells() throws IOException {
        Path f = csv("\"['Apa', '?']\",\"['Satu', 'dua']\",\"['B']\"\n"
                + "\"['Apa', '?']\",\"not a list\",\"['B']\"\n"
                + "\"['Apa', '?']\",\"['Satu']\",\"['X']\"\n"
                + "\"['Apa', '?']\",\"['Satu']\",\"['B']\"\n");

        QaDataset d = new FacqaReader().read(f);

        assertThat(d.items()).hasSize(1);
        assertThat(d.skipped()).hasSize(3).anyMatch(s -> s.contains("2 passage tokens but 1 labels"));
    }

    @Test
    void should_fail_when_a_column_is_missing() throws IOException {
        Path f = Files.writeString(tmp.resolve("x.csv"), "q,p\n1,2\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Datasets.read(f)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("no 'question' column");
    }

    @Test
    void should_parse_python_string_lists_with_both_quote_styles_and_escapes() {
        assertThat(PythonList.parse("['a', \"Jum'at\", 'it\\'s', '\\\\', ',']"))
                .containsExactly("a", "Jum'at", "it's", "\\", ",");
        assertThat(PythonList.parse("[]")).isEmpty();
        assertThatThrownBy(() -> PythonList.parse("['a' 'b']")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_parse_quoted_csv_fields_with_commas_newlines_and_doubled_quotes() {
        assertThat(CsvRows.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",2,3\n"))
                .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("x\ny", "2", "3"));
    }

    @Test
    void should_detokenise_quotes_and_brackets() {
        assertThat(Detokenizer.join(List.of("Ia", "berkata", "\"", "tidak", "\"", "(", "kemarin", ")", ".")).text())
                .isEqualTo("Ia berkata \"tidak\" (kemarin).");
    }
}
