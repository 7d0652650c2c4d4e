package org.exportalliance.portal.platform.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from CSV text, leniently: the separator is the comma, semicolon or tab that the first line uses
 * most (Excel in many European locales writes semicolons); quoted fields may hold separators, doubled quotes and line
 * breaks; lines end in CRLF, LF or CR; text after a closing quote is kept, and an unclosed quote runs to the end.
 */
final class CsvRecords {

    private CsvRecords() {}

    /** The records, up to the one that makes {@code maxNonBlank} records with any text in them. */
    static List<List<String>> parse(String text, int maxNonBlank) {
        char separator = separatorOf(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int nonBlank = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (record.stream().anyMatch(s -> !s.isBlank())) {
                    nonBlank++;
                }
                records.add(record);
                record = new ArrayList<>();
                if (nonBlank >= maxNonBlank) {
                    return records;
                }
            } else {
                field.append(c);
                if (!Character.isWhitespace(c)) {
                    fieldStarted = true;
                }
            }
            i++;
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** The separator the first line (outside quotes) uses most; a comma when it uses none. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
