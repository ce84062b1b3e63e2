package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.eval.QaDataset;
import dev.kabar.eval.QaItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssociationTrainerTest {

    @Test
    void should_learn_a_stand_in_seen_in_several_paragraphs_lacking_the_question_word() {
        List<String> contexts = new ArrayList<>();
        List<QaItem> items = new ArrayList<>();
        String[] towns = {"Bogor", "Depok", "Bekasi", "Cirebon"};
        for (String town : towns) { // four paragraphs answer "meninggal" with "wafat"
            items.add(item(contexts.size(), "Di mana tokoh itu meninggal?"));
            items.add(item(contexts.size(), "Kapan tokoh itu meninggal dunia?")); // same paragraph: counted once
            contexts.add("Tokoh itu wafat di " + town + " pada usia lanjut.");
        }
        for (String town : towns) { // and eight that neither need nor hold it
            for (String topic : List.of("pasar", "sekolah")) {
                items.add(item(contexts.size(), "Berapa luas " + topic + " itu?"));
                contexts.add("Luas " + topic + " di " + town + " dua hektare.");
            }
        }
        items.add(0, item(0, "Di mana tokoh itu meninggal?")); // the skipped dev question

        List<String> table = AssociationTrainer.learn(new QaDataset(contexts, items, List.of()), 1);

        assertThat(table).contains("inggal\twafat\t1.000");
        assertThat(table).noneMatch(line -> line.startsWith("luas\t"));
        assertThat(table).noneMatch(line -> line.contains("\tbogor\t")); // a name, not a paraphrase
    }

    private static QaItem item(int context, String question) {
        return new QaItem("q" + context + question.length(), question, context, List.of("x"), false);
    }
}
