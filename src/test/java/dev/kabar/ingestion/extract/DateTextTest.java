package dev.kabar.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    private final DateText dates = new DateText(PageRules.defaults().zones());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-05T14:20:00+07:00     | 2026-03-05T14:20:00+07:00",
        "2026-03-05T14:20:00.000+0700  | 2026-03-05T14:20:00+07:00",
        "2026-03-05T07:20:00Z          | 2026-03-05T07:20:00Z",
        "2026-03-05 14:20:00           | 2026-03-05",
        "2026/03/05 14:20:00           | 2026-03-05",
        "2026-03-05                    | 2026-03-05",
        "Kamis, 5 Maret 2026 14:20 WIB | 2026-03-05T14:20:00+07:00",
        "Kamis, 05 Mar 2026 14:20 WIB  | 2026-03-05T14:20:00+07:00",
        "5 Agu. 2026, 08.15 WITA       | 2026-08-05T08:15:00+08:00",
        "20 June 2024 08:46            | 2024-06-20",
        "March 5, 2026 2:20 PM GMT     | 2026-03-05T14:20:00Z",
        "Nov 19, 2019                  | 2019-11-19",
        "Jumat (21/6/2024)             | 2024-06-21",
    })
    void should_read_machine_and_printed_dates_with_a_time_only_when_the_zone_is_known(String text, String iso) {
        assertThat(dates.machine(text)).map(Published::iso).hasValue(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31 Juni 2024", "2024-02-31", "besok pagi", "12 Bulan 2024", "''"})
    void should_give_nothing_when_the_text_is_not_a_real_date(String text) {
        assertThat(dates.machine(text)).isEmpty();
    }
}
