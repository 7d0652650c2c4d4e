package org.exportalliance.portal.delegation.pavilion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/** The rules for booths, shared by forms, API and service; V6__pavilion.sql repeats them as CHECK constraints. */
public final class PavilionRules {

    public static final Pattern LABEL = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,11}");
    public static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,4}");
    public static final BigDecimal MAX_AREA = new BigDecimal("10000");
    public static final int MAX_GRID = 99;
    public static final int MAX_NUMBER = 999;
    public static final int MAX_SERIES = 100;
    public static final int MAX_NOTE = 200;

    private PavilionRules() {}

    public static List<FieldProblem> check(BoothDraft draft) {
        BoothDraft d = draft.normalised();
        List<FieldProblem> p = new ArrayList<>();
        if (d.label() == null || d.label().isEmpty()) {
            p.add(new FieldProblem("label", "validation.required"));
        } else if (!LABEL.matcher(d.label()).matches()) {
            p.add(new FieldProblem("label", "pavilion.validation.label"));
        }
        area(p, d.areaM2());
        grid(p, "row", d.row());
        grid(p, "column", d.column());
        if (d.note() != null && d.note().length() > MAX_NOTE) {
            p.add(new FieldProblem("note", "validation.too-long.200"));
        }
        PlainText.addTo(p, d);
        return p;
    }

    public static List<FieldProblem> check(BoothSeries s) {
        List<FieldProblem> p = new ArrayList<>();
        String prefix = s.prefix() == null ? "" : s.prefix().strip().toUpperCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            p.add(new FieldProblem("prefix", "validation.required"));
        } else if (!PREFIX.matcher(prefix).matches()) {
            p.add(new FieldProblem("prefix", "pavilion.validation.prefix"));
        }
        number(p, "from", s.from());
        number(p, "to", s.to());
        if (s.from() != null && s.to() != null && s.from() >= 0 && s.to() >= 0) {
            if (s.to() < s.from()) {
                p.add(new FieldProblem("to", "pavilion.validation.range"));
            } else if (s.to() - s.from() + 1 > MAX_SERIES) {
                p.add(new FieldProblem("to", "pavilion.validation.series-too-long"));
            } else if ((s.firstColumn() == null ? 0 : s.firstColumn()) + s.to() - s.from() > MAX_GRID) {
                p.add(new FieldProblem("to", "pavilion.validation.beyond-grid"));
            }
        }
        area(p, s.areaM2());
        grid(p, "row", s.row());
        if (s.firstColumn() != null) {
            grid(p, "firstColumn", s.firstColumn());
        }
        return p;
    }

    private static void area(List<FieldProblem> p, @Nullable BigDecimal area) {
        if (area == null) {
            p.add(new FieldProblem("areaM2", "validation.required"));
        } else if (area.signum() <= 0) {
            p.add(new FieldProblem("areaM2", "validation.positive"));
        } else if (area.compareTo(MAX_AREA) > 0) {
            p.add(new FieldProblem("areaM2", "validation.too-large"));
        } else if (area.stripTrailingZeros().scale() > 2) {
            p.add(new FieldProblem("areaM2", "validation.decimals.2"));
        }
    }

    private static void grid(List<FieldProblem> p, String field, @Nullable Integer value) {
        if (value == null) {
            p.add(new FieldProblem(field, "validation.required"));
        } else if (value < 0 || value > MAX_GRID) {
            p.add(new FieldProblem(field, "pavilion.validation.grid"));
        }
    }

    private static void number(List<FieldProblem> p, String field, @Nullable Integer value) {
        if (value == null) {
            p.add(new FieldProblem(field, "validation.required"));
        } else if (value < 0 || value > MAX_NUMBER) {
            p.add(new FieldProblem(field, "pavilion.validation.number"));
        }
    }
}
