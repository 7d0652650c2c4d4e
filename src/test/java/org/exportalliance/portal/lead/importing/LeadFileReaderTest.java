package org.exportalliance.portal.lead.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;
import org.junit.jupiter.api.Test;

class LeadFileReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Reason refusal(byte[] content) {
        try {
            LeadFileReader.read(content);
        } catch (ImportFileRefused refused) {
            return refused.reason();
        }
        throw new AssertionError("the file was accepted");
    }

    static byte[] xlsx(Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "test", "1.0");
        Worksheet sheet = book.newWorksheet("Leads");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof String s && s.startsWith("FORMULA:")) {
                    sheet.formula(r, c, s.substring("FORMULA:".length()));
                } else if (v instanceof String s) {
                    sheet.value(r, c, s);
                } else if (v instanceof Number n) {
                    sheet.value(r, c, n);
                }
            }
        }
        book.finish();
        return out.toByteArray();
    }

    @Test
    void a_csv_with_bom_semicolons_and_quoted_separators_quotes_and_line_breaks_is_read_cell_by_cell() {
        String csv = "\uFEFFCompany;Country;Notes\r\n"
                + "\"Rossi; Figli S.p.A.\";Italy;\"met at booth 4,\r\nwants \"\"fast\"\" delivery\"\r\n"
                + "\r\n"
                + "Tekstil A.Ş.;TR;\r\n";
        ImportTable table = LeadFileReader.read(utf8(csv));

        assertThat(table.format()).isEqualTo(ImportFormat.CSV);
        assertThat(table.headers()).containsExactly("Company", "Country", "Notes");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells())
                .containsExactly("Rossi; Figli S.p.A.", "Italy", "met at booth 4,\r\nwants \"fast\" delivery");
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        // The blank line keeps its number: the next row is the fourth, as a spreadsheet program shows it.
        assertThat(table.rows().get(1).number()).isEqualTo(4);
        assertThat(table.rows().get(1).cell(0)).isEqualTo("Tekstil A.Ş.");
        assertThat(table.rows().get(1).cell(2)).isEmpty();
    }

    @Test
    void a_comma_separated_csv_without_bom_and_a_chinese_gbk_file_are_both_read() {
        ImportTable comma = LeadFileReader.read(utf8("company,country\n\"Weber, Textil GmbH\",DE\n"));
        assertThat(comma.rows().getFirst().cells()).containsExactly("Weber, Textil GmbH", "DE");

        byte[] gbk = "公司名称,国家,联系人\n绍兴纺织有限公司,中国,王伟\n".getBytes(Charset.forName("GBK"));
        ImportTable chinese = LeadFileReader.read(gbk);
        assertThat(chinese.headers()).containsExactly("公司名称", "国家", "联系人");
        assertThat(chinese.rows().getFirst().cells()).containsExactly("绍兴纺织有限公司", "中国", "王伟");
    }

    @Test
    void excel_unicode_text_is_utf16_with_tabs() {
        byte[] text = "\uFEFFCompany\tCountry\nNakamura Boseki\tJP\n".getBytes(StandardCharsets.UTF_16LE);
        ImportTable table = LeadFileReader.read(text);
        assertThat(table.rows().getFirst().cells()).containsExactly("Nakamura Boseki", "JP");
    }

    @Test
    void an_xlsx_first_sheet_is_read_with_numbers_as_plain_text_and_formulas_marked_not_evaluated() throws IOException {
        byte[] book = xlsx(new Object[] {"公司名称", "国家", "电话", "金额"},
                new Object[] {"Tessitura Rossi", "IT", 390315550123L, new BigDecimal("12000.50")},
                new Object[] {"Evil Corp", "US", "FORMULA:HYPERLINK(\"http://x.example\",\"click\")", 5});

        ImportTable table = LeadFileReader.read(book);

        assertThat(table.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(table.headers()).containsExactly("公司名称", "国家", "电话", "金额");
        assertThat(table.rows().get(0).cells()).containsExactly("Tessitura Rossi", "IT", "390315550123", "12000.5");
        assertThat(table.rows().get(0).formulaColumns()).isEmpty();
        assertThat(table.rows().get(1).formulaColumns()).containsExactly(2);
        assertThat(table.rows().get(1).cell(2)).as("a formula's cached value is never used").isEmpty();
        assertThat(table.rows().get(1).number()).isEqualTo(3);
    }

    @Test
    void a_csv_cell_starting_with_an_equals_sign_counts_as_a_formula() {
        ImportTable table = LeadFileReader.read(utf8("Company,Country\n=cmd|' /C calc'!A0,IT\n"));
        assertThat(table.rows().getFirst().formulaColumns()).containsExactly(0);
    }

    @Test
    void files_that_are_neither_csv_nor_xlsx_are_refused_by_their_content() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(refusal(png)).isEqualTo(Reason.WRONG_TYPE);
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(refusal(oldExcel)).isEqualTo(Reason.WRONG_TYPE);
        byte[] pdf = utf8("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nstream\n\u0000\u0001\u0002endstream");
        assertThat(refusal(pdf)).isEqualTo(Reason.WRONG_TYPE);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(utf8("<w:document/>"));
            out.closeEntry();
        }
        assertThat(refusal(zip.toByteArray())).as("a zip that is no workbook").isIn(Reason.WRONG_TYPE,
                Reason.UNREADABLE);
    }

    @Test
    void an_oversized_file_is_refused_before_it_is_read() {
        byte[] big = new byte[LeadFileReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThat(refusal(big)).isEqualTo(Reason.TOO_LARGE);
        ImportFileRefused refused = new ImportFileRefused(Reason.TOO_LARGE);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.args()).containsExactly(10, 20_000);
    }

    @Test
    void empty_files_files_without_a_header_and_files_without_rows_are_refused() {
        assertThat(refusal(new byte[0])).isEqualTo(Reason.EMPTY);
        assertThat(refusal(utf8("\n \n,,\n"))).isEqualTo(Reason.EMPTY);
        assertThat(refusal(utf8("Tessitura Rossi,IT,marco@rossi.it\nWeber,DE,info@weber.de\n")))
                .isEqualTo(Reason.NO_HEADER);
        assertThat(refusal(utf8("Company,Country\n\n"))).isEqualTo(Reason.NO_ROWS);
    }

    @Test
    void at_most_twenty_thousand_rows_are_read() {
        StringBuilder csv = new StringBuilder("Company,Country\n");
        for (int i = 0; i < LeadFileReader.MAX_ROWS; i++) {
            csv.append("Firm ").append(i).append(",IT\n");
        }
        assertThat(LeadFileReader.read(utf8(csv.toString())).rows()).hasSize(LeadFileReader.MAX_ROWS);
        csv.append("One Too Many,IT\n");
        assertThat(refusal(utf8(csv.toString()))).isEqualTo(Reason.TOO_MANY_ROWS);
    }

    @Test
    void headers_in_english_or_chinese_suggest_their_fields_and_unknown_ones_are_left_out() {
        ColumnMapping mapping = ColumnMapping.suggest(java.util.List.of("公司名称", "Country", "E-mail", "手机",
                "产品类别", "Budget", "币种", "Lieblingsfarbe", "WeChat ID", "备注", "Company"));
        assertThat(mapping.columns()).containsExactly(LeadColumn.COMPANY, LeadColumn.COUNTRY, LeadColumn.EMAIL,
                LeadColumn.PHONE, LeadColumn.CATEGORIES, LeadColumn.VALUE, LeadColumn.CURRENCY, null,
                LeadColumn.WECHAT, LeadColumn.NOTES, null);
        assertThat(mapping.check()).isEmpty();
        assertThat(mapping.with(0, null).check()).extracting(p -> p.messageKey())
                .containsExactly("lead.import.mapping.company");
        assertThat(mapping.with(7, LeadColumn.EMAIL).check()).extracting(p -> p.messageKey())
                .containsExactly("lead.import.mapping.twice");
    }

    @Test
    void countries_are_read_by_code_or_by_english_or_chinese_name() {
        assertThat(CountryNames.code("Italy")).contains("IT");
        assertThat(CountryNames.code("意大利")).contains("IT");
        assertThat(CountryNames.code("ita")).contains("IT");
        assertThat(CountryNames.code("it")).contains("IT");
        assertThat(CountryNames.code("Türkiye")).contains("TR");
        assertThat(CountryNames.code("turkey")).contains("TR");
        assertThat(CountryNames.code("U.S.A.")).contains("US");
        assertThat(CountryNames.code("德国")).contains("DE");
        assertThat(CountryNames.code("Côte d’Ivoire")).contains("CI");
        assertThat(CountryNames.code("Atlantis")).isEmpty();
    }

    @Test
    void amounts_are_read_with_their_separators() {
        assertThat(RowDrafts.amount("12000")).isEqualByComparingTo("12000");
        assertThat(RowDrafts.amount("12,000.50")).isEqualByComparingTo("12000.50");
        assertThat(RowDrafts.amount("1.234.567,89")).isEqualByComparingTo("1234567.89");
        assertThat(RowDrafts.amount("12 000")).isEqualByComparingTo("12000");
        assertThat(RowDrafts.amount("12,5")).isEqualByComparingTo("12.5");
        assertThat(RowDrafts.amount("-5")).isEqualByComparingTo("-5");
        assertThat(RowDrafts.amount("lots")).isNull();
        assertThat(RowDrafts.amount("1e9")).isNull();
    }
}
