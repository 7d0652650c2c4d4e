package org.exportalliance.portal.firm.membership.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.support.Enrolments;
import org.jspecify.annotations.Nullable;

/** Member lists for import tests: valid rows with unique names, codes and addresses, as CSV or .xlsx. */
public final class MemberLists {

    public static final List<String> HEADERS_ZH = List.of("中文名称", "英文名称", "类型", "会员等级", "城市", "机械类别",
            "统一社会信用代码", "联系人", "联系电话", "联系邮箱", "入会日期", "管理员邮箱", "管理员语言");
    public static final List<String> HEADERS_EN = List.of("name_zh", "Name EN", "KIND", "tier", "City", "categories",
            "Credit_Code", "contact_name", "contact phone", "contact_email", "joined_on", "admin_email",
            "admin_language");
    /** Column indexes of {@link #HEADERS_ZH}. */
    public static final int NAME_ZH = 0, KIND = 2, CATEGORIES = 5, CODE = 6, JOINED = 10, ADMIN = 11;
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private MemberLists() {}

    /** A valid row; with an admin to invite when {@code admin} is set. */
    public static List<String> row(String label, boolean admin) {
        long n = SEQUENCE.incrementAndGet();
        return new ArrayList<>(List.of("导入会员" + label + n, "Imported " + label + " " + n, "会员", "标准", "新昌",
                "织造机械、KNITTING", Enrolments.code(), "王经理", "0575-8612 3456", "office" + n + "@import.test",
                "2023/5/8", admin ? "admin" + n + "@import.test" : "", admin ? "en" : ""));
    }

    public static List<String> with(List<String> row, int column, String value) {
        List<String> changed = new ArrayList<>(row);
        changed.set(column, value);
        return changed;
    }

    public static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(line(headers));
        rows.forEach(r -> text.append(line(r)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<String> headers, List<List<@Nullable Object>> rows) {
        return Spreadsheet.of(new Spreadsheet.Table("会员", headers, rows)).toXlsx();
    }

    /** The credit code with its check character changed. */
    public static String wrongCheck(String code) {
        return code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","))
                + "\r\n";
    }
}
