package dev.kabar.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SquadReaderTest {

    @TempDir
    Path tmp;

    private Path file(String name, String json) throws IOException {
        return Files.writeString(tmp.resolve(name), json.replace('\'', '"'), StandardCharsets.UTF_8);
    }

    @Test
    void should_read_the_bare_list_form_with_impossible_questions() throws IOException {
        Path f = file("list.json", """
                [{'context': 'Borobudur terletak di Magelang.', 'qas': [
                   {'id': 'q1', 'question': 'Di mana Borobudur?', 'is_impossible': false,
                    'answers': [{'text': 'Magelang', 'answer_start': 22}, {'text': 'Magelang', 'answer_start': 22}]},
                   {'id': 'q2', 'question': 'Siapa arsitek Prambanan?', 'is_impossible': true, 'answers': []}]},
                 {'context': 'Danau Toba ada di Sumatra Utara.', 'qas': [
                   {'id': 'q3', 'question': 'Di provinsi mana Danau Toba?', 'is_impossible': false,
                    'answers': [{'text': 'Sumatra Utara', 'answer_start': 18}]}]}]
                """);

        QaDataset d = new SquadReader().read(f);

        assertThat(d.contexts()).containsExactly("Borobudur terletak di Magelang.", "Danau Toba ada di Sumatra Utara.");
        assertThat(d.items()).containsExactly(
                new QaItem("q1", "Di mana Borobudur?", 0, java.util.List.of("Magelang"), false),
                new QaItem("q2", "Siapa arsitek Prambanan?", 0, java.util.List.of(), true),
                new QaItem("q3", "Di provinsi mana Danau Toba?", 1, java.util.List.of("Sumatra Utara"), false));
        assertThat(d.skipped()).isEmpty();
    }

    @Test
    void should_read_the_official_data_form_and_merge_repeated_contexts() throws IOException {
        Path f = file("squad.json", """
                {'version': 'v2.0', 'data': [{'title': 'A', 'paragraphs': [
                  {'context': 'Monas berada di Jakarta.', 'qas': [{'id': 'a', 'question': 'Di mana Monas?',
                    'answers': [{'text': 'Jakarta', 'answer_start': 16}]}]}]},
                 {'title': 'B', 'paragraphs': [
                  {'context': '  Monas berada  di Jakarta. ', 'qas': [{'id': 'b', 'question': 'Monas di kota apa?',
                    'is_impossible': false, 'answers': [{'text': 'Jakarta', 'answer_start': 16}]}]}]}]}
                """);

        QaDataset d = new SquadReader().read(f);

        assertThat(d.contexts()).hasSize(1);
        assertThat(d.items()).extracting(QaItem::contextId).containsExactly(0, 0);
    }

    @Test
    void should_skip_and_count_questions_without_text_or_answers() throws IOException {
        Path f = file("bad.json", """
                [{'context': 'Teks.', 'qas': [{'id': 'x', 'answers': []},
                   {'id': 'y', 'question': 'Apa?', 'is_impossible': false, 'answers': []},
                   {'id': 'z', 'question': 'Apa ini?', 'is_impossible': true}]},
                 {'qas': [{'id': 'w', 'question': 'Tanpa konteks?'}]}]
                """);

        QaDataset d = new SquadReader().read(f);

        assertThat(d.items()).extracting(QaItem::id).containsExactly("z");
        assertThat(d.skipped()).hasSize(3).anyMatch(s -> s.contains("no \"question\""))
                .anyMatch(s -> s.contains("no \"answers\"")).anyMatch(s -> s.contains("no \"context\""));
    }

    @Test
    void should_fail_with_an_actionable_message_when_the_file_is_not_squad() throws IOException {
        Path notJson = file("broken.json", "[{'context': ");
        Path wrongShape = file("shape.json", "{'version': 1}");

        assertThatThrownBy(() -> Datasets.read(notJson)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("expected SQuAD 2.0");
        assertThatThrownBy(() -> Datasets.read(wrongShape)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("no list of paragraphs");
        assertThatThrownBy(() -> Datasets.read(tmp.resolve("missing.json"))).isInstanceOf(DatasetException.class)
                .hasMessageContaining("dataset not found");
    }

    @Test
    void should_keep_all_contexts_when_limiting_questions() throws IOException {
        Path f = file("two.json", """
                [{'context': 'Satu.', 'qas': [{'id': '1', 'question': 'A?', 'is_impossible': true}]},
                 {'context': 'Dua.', 'qas': [{'id': '2', 'question': 'B?', 'is_impossible': true}]}]
                """);

        QaDataset d = Datasets.read(f).limit(1);

        assertThat(d.items()).hasSize(1);
        assertThat(d.contexts()).hasSize(2);
    }

    @Test
    void should_resolve_context_refs_under_the_datasets_root_and_skip_what_is_missing() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("datasets/news"));
        Files.writeString(root.resolve("dev.jsonl"), String.join("\n",
                "{'id': 'a1', 'paragraphs': [[['Banjir', 'melanda', 'Kota', 'Lamaran', '.'], ['Air', 'setinggi', '2',"
                        + " 'meter', '.']], [['Kami', 'mengungsi', '(', 'kata', 'Sari', ')', '.']]]}",
                "not json",
                "{'id': 'a2', 'text': 'Jembatan Sungai Arang dibuka pada Senin.'}").replace('\'', '"'));
        Path f = file("refs.json", """
                {'data': [{'paragraphs': [
                  {'contextRef': {'file': 'news/dev.jsonl', 'id': 'a1'}, 'qas': [{'id': 'r1',
                    'question': 'Seberapa tinggi air?', 'answers': [{'text': '2 meter'}]}]},
                  {'contextRef': {'file': 'news/dev.jsonl', 'id': 'a2'}, 'qas': [{'id': 'r2',
                    'question': 'Kapan jembatan dibuka?', 'answers': [{'text': 'Senin'}]}]},
                  {'contextRef': {'file': 'news/dev.jsonl', 'id': 'nope'}, 'qas': [{'id': 'r3',
                    'question': 'Apa?', 'answers': [{'text': 'x'}]}]},
                  {'contextRef': {'file': 'gone/dev.jsonl', 'id': 'a1'}, 'qas': [{'id': 'r4',
                    'question': 'Apa?', 'answers': [{'text': 'x'}]}]}]}]}
                """);

        QaDataset d = Datasets.read(f, tmp.resolve("datasets"));

        assertThat(d.contexts()).containsExactly(
                "Banjir melanda Kota Lamaran. Air setinggi 2 meter.\nKami mengungsi (kata Sari).",
                "Jembatan Sungai Arang dibuka pada Senin.");
        assertThat(d.items()).extracting(QaItem::id).containsExactly("r1", "r2");
        assertThat(d.skipped()).hasSize(2);
        assertThat(d.skipped().get(0)).contains("no article \"nope\"");
        assertThat(d.skipped().get(1)).contains("not found").contains("--datasets-root");
    }
}
