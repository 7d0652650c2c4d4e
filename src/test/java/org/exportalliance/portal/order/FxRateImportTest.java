package org.exportalliance.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet.Table;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff import FX rates from CSV or .xlsx: all rows or none, every bad row named by its number in the file. */
@PortalTest
class FxRateImportTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired FxRates rates;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @Test
    void a_csv_with_chinese_headers_imports_every_rate_and_replaces_older_values() {
        LocalDate day = LocalDate.now(clock).minusDays(40);
        rates.set(actors.staff(), new FxRate(day, "SEK", new BigDecimal("0.5"))).block(WAIT);
        String csv = "日期,币种,汇率\n" + day + ",sek,0.6612\n" + day.toString().replace('-', '/') + ",NOK,0.6543\n"
                + day.minusDays(1) + ",SEK,0.6600\n";

        int imported = rates.importFile(actors.staff(), csv.getBytes(StandardCharsets.UTF_8)).block(WAIT);

        assertThat(imported).isEqualTo(3);
        assertThat(rates.cnyPerUnit("SEK", day).block(WAIT)).isEqualByComparingTo("0.6612");
        assertThat(rates.cnyPerUnit("NOK", day).block(WAIT)).isEqualByComparingTo("0.6543");
        assertThat(rates.cnyPerUnit("SEK", day.minusDays(1)).block(WAIT)).isEqualByComparingTo("0.66");
    }

    @Test
    void an_xlsx_with_date_cells_imports_as_well() {
        LocalDate day = LocalDate.now(clock).minusDays(50);
        byte[] xlsx = Spreadsheet.of(new Table("rates", List.of("Date", "Currency", "Rate"),
                List.of(Table.row(day, "DKK", new BigDecimal("1.0377"))))).toXlsx();

        assertThat(rates.importFile(actors.staff(), xlsx).block(WAIT)).isEqualTo(1);
        assertThat(rates.cnyPerUnit("DKK", day).block(WAIT)).isEqualByComparingTo("1.0377");
    }

    @Test
    void one_bad_row_saves_nothing_and_every_bad_row_is_named() {
        LocalDate day = LocalDate.now(clock).minusDays(60);
        String csv = "Date,Currency,Rate\n"
                + day + ",PLN,1.79\n"                               // row 2: fine, yet not saved
                + day + ",XYZ,1.5\n"                                // row 3: no such currency
                + day + ",HUF,-0.02\n"                              // row 4: negative
                + LocalDate.now(clock).plusDays(3) + ",CZK,0.31\n"  // row 5: in the future
                + "someday,CZK,0.31\n"                              // row 6: no date
                + day + ",PLN,1.80\n"                               // row 7: PLN again for the same day
                + day + ",RON,=1+1\n";                              // row 8: a formula

        assertThatThrownBy(() -> rates.importFile(actors.staff(), csv.getBytes(StandardCharsets.UTF_8)).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                                tuple("rows[3].currency", "validation.currency"),
                                tuple("rows[4].cny", "fx.validation.rate"),
                                tuple("rows[5].date", "fx.validation.date"),
                                tuple("rows[6].date", "fx.validation.date"),
                                tuple("rows[7].date", "fx.import.duplicate"),
                                tuple("rows[8].row", "lead.import.formula")));
        assertThatThrownBy(() -> rates.cnyPerUnit("PLN", day).block(WAIT)).isInstanceOf(FxRateMissing.class);
    }

    @Test
    void only_staff_import_and_a_file_without_the_columns_is_refused_as_a_whole() {
        byte[] csv = "Date,Currency,Rate\n2026-01-05,EUR,7.9\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rates.importFile(actors.member(), csv).block(WAIT))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> rates.importFile(actors.staff(), "Day,Money\n2026-01-05,7.9\n"
                .getBytes(StandardCharsets.UTF_8)).block(WAIT))
                .isInstanceOfSatisfying(FxFileRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(FxFileRefused.Reason.NO_HEADER));
        assertThatThrownBy(() -> rates.importFile(actors.staff(), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                (byte) 0xE0, 0, 0}).block(WAIT))
                .isInstanceOfSatisfying(FxFileRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(FxFileRefused.Reason.WRONG_TYPE));
    }
}
