package dev.kabar.retrieval.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AssociationsTest {

    @Test
    void should_read_stand_ins_strongest_first_and_skip_comments_and_broken_lines() throws IOException {
        Associations table = Associations.parse(new BufferedReader(new StringReader(
                "# header\tx\t1\nkoran\tsurat\t0.5\nkoran\tkabar\t0.8\nbroken line\nwafat\tinggal\t0.3\n")));

        assertThat(table.of("koran")).containsExactly(
                new Associations.StandIn("kabar", 0.8f), new Associations.StandIn("surat", 0.5f));
        assertThat(table.of("wafat")).containsExactly(new Associations.StandIn("inggal", 0.3f));
        assertThat(table.of("# header")).isEmpty();
        assertThat(table.size()).isEqualTo(3);
    }

    @Test
    void should_bundle_a_small_table_of_strengths_in_range() {
        Associations bundled = Associations.bundled();

        assertThat(bundled.size()).isBetween(100, 5_000);
        assertThat(bundled.of("bandara")).extracting(Associations.StandIn::stem).contains("udara");
        assertThat(bundled.of("no-such-stem")).isEmpty();
    }
}
