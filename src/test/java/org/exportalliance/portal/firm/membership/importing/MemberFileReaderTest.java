package org.exportalliance.portal.firm.membership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.exportalliance.portal.platform.spreadsheet.CellText;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;
import org.junit.jupiter.api.Test;

class MemberFileReaderTest {

    @Test
    void headers_are_recognised_in_chinese_and_english_whatever_their_case_and_spacing() {
        MemberSheet sheet = MemberFileReader.read(("\n 统一社会信用代码 ,NAME_ZH, Name (English),备注,Admin E-mail,入会 日期\n"
                + "91330624MB0000001X,甲,A,x,a@b.test,2024-01-01\n,,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.columns()).containsEntry(MemberColumn.CREDIT_CODE, 0).containsEntry(MemberColumn.NAME_ZH, 1)
                .containsEntry(MemberColumn.NAME_EN, 2).containsEntry(MemberColumn.ADMIN_EMAIL, 4)
                .containsEntry(MemberColumn.JOINED_ON, 5).hasSize(5);
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().getFirst().number()).as("as the sheet numbers it").isEqualTo(3);
        assertThat(sheet.headerOf(MemberColumn.JOINED_ON)).contains("入会 日期");
    }

    @Test
    void every_columns_label_in_both_languages_is_a_header_it_is_recognised_by() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties labels = new Properties();
            try (var in = getClass().getResourceAsStream("/" + bundle)) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (MemberColumn column : MemberColumn.values()) {
                assertThat(MemberColumn.ofHeader(labels.getProperty(column.messageKey()))).as(bundle)
                        .contains(column);
            }
        }
    }

    @Test
    void files_that_are_no_member_list_are_refused_with_their_reason() {
        assertRefused(new byte[0], Reason.EMPTY);
        assertRefused(" \n\n ".getBytes(StandardCharsets.UTF_8), Reason.EMPTY);
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}, Reason.WRONG_TYPE);
        assertRefused("%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1), Reason.WRONG_TYPE);
        assertRefused("company,country\nAcme,IT\n".getBytes(StandardCharsets.UTF_8), Reason.NO_HEADER);
        assertRefused("中文名称,统一社会信用代码\n".getBytes(StandardCharsets.UTF_8), Reason.NO_ROWS);
        assertRefused(new byte[MemberFileReader.MAX_BYTES + 1], Reason.TOO_LARGE);
        assertRefused(new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9}, Reason.WRONG_TYPE);
        List<String> lines = new ArrayList<>(List.of("中文名称"));
        for (int i = 0; i <= MemberFileReader.MAX_ROWS; i++) {
            lines.add("企业" + i);
        }
        assertRefused(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), Reason.TOO_MANY_ROWS);
    }

    @Test
    void dates_are_read_as_sheets_write_them() {
        assertThat(CellText.date("2024-03-01")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(CellText.date("2024/3/1")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(CellText.date("2024年3月1日")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(CellText.date("2024-03-01 00:00:00")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(CellText.date("45352")).as("an Excel date").isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(CellText.date("2024-02-30")).isNull();
        assertThat(CellText.date("01/03/2024")).isNull();
        assertThat(CellText.date("0")).isNull();
    }

    private static void assertRefused(byte[] content, Reason reason) {
        assertThatThrownBy(() -> MemberFileReader.read(content)).isInstanceOfSatisfying(MemberFileRefused.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.messageKey()).startsWith("members.import.file.");
                });
    }
}
