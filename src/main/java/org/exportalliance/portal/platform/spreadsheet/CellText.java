package org.exportalliance.portal.platform.spreadsheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How imports read a cell as people type it in Chinese and English sheets: a date, a word to compare. */
public final class CellText {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern EXCEL_DATE = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    /** Day 0 of Excel's dates (its 1900 leap-year error makes this the base for every date after February 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final long LAST_EXCEL_DAY = 2_958_465;

    private CellText() {}

    /** 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日 (a time after it ignored), or an Excel date number; else null. */
    public static @Nullable LocalDate date(String text) {
        try {
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (EXCEL_DATE.matcher(text).matches()) {
                long days = new BigDecimal(text).longValue();
                return days < 1 || days > LAST_EXCEL_DAY ? null : EXCEL_EPOCH.plusDays(days);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A header or value as it is compared: NFKC, lower case, without spaces and punctuation ("Name (EN)" = "nameen"). */
    public static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}·]+", "");
    }
}
