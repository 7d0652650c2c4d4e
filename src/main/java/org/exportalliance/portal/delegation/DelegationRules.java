package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules for delegations and applications, shared by forms, API and service. The schema
 * (V3__delegations.sql) repeats them as CHECK constraints.
 */
public final class DelegationRules {

    public static final int MAX_TEXT = 200;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_TRAVELLERS = 100;
    public static final BigDecimal MAX_APPLICATION_AREA = new BigDecimal("10000");
    public static final int MAX_EXHIBITS = 50;
    public static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("200000");
    public static final BigDecimal MAX_VOLUME_M3 = new BigDecimal("1000");
    public static final int MAX_REASON = 1000;
    /** A delegation's capacity: the bounds of the schema's CHECKs on {@code delegation} (V3). */
    public static final int MAX_FIRM_SLOTS = 10_000;
    public static final BigDecimal MAX_AREA = new BigDecimal("100000");
    public static final int AREA_DECIMALS = 1;
    public static final int MAX_SEATS = 100_000;

    private DelegationRules() {}

    public static List<FieldProblem> check(DelegationDraft d) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.fairId() == null) {
            p.add(new FieldProblem("fairId", "validation.required"));
        }
        text(p, "titleZh", d.titleZh());
        text(p, "titleEn", d.titleEn());
        text(p, "organiser", d.organiser());
        if (d.applicationsOpen() == null) {
            p.add(new FieldProblem("applicationsOpen", "validation.required"));
        }
        if (d.applicationsClose() == null) {
            p.add(new FieldProblem("applicationsClose", "validation.required"));
        } else if (d.applicationsOpen() != null && !d.applicationsClose().isAfter(d.applicationsOpen())) {
            p.add(new FieldProblem("applicationsClose", "delegation.validation.window"));
        }
        p.addAll(checkCapacity(d.firmSlots(), d.areaM2(), d.seats()));
        if (d.policy() == null) {
            p.add(new FieldProblem("policy", "validation.required"));
        }
        money(p, "feePerFirmCny", d.feePerFirmCny());
        money(p, "feePerM2Cny", d.feePerM2Cny());
        PlainText.addTo(p, d);
        return p;
    }

    /**
     * A delegation's capacity, the same for creating it and for resizing it (form, API and service): firm slots
     * 1–10,000, area above 0 up to 100,000 m² with one decimal at most, seats 1–100,000.
     */
    public static List<FieldProblem> checkCapacity(@Nullable Integer firmSlots, @Nullable BigDecimal areaM2,
            @Nullable Integer seats) {
        List<FieldProblem> p = new ArrayList<>();
        whole(p, "firmSlots", firmSlots, MAX_FIRM_SLOTS);
        positive(p, "areaM2", areaM2, MAX_AREA, AREA_DECIMALS);
        whole(p, "seats", seats, MAX_SEATS);
        return p;
    }

    public static List<FieldProblem> checkCapacity(Capacity c) {
        return checkCapacity(c.slots(), c.areaM2(), c.seats());
    }

    /** Problems of an application, including a request that could never fit the delegation's total capacity. */
    public static List<FieldProblem> check(ApplicationDraft a, Capacity total) {
        List<FieldProblem> p = new ArrayList<>();
        if (a.travellers() == null) {
            p.add(new FieldProblem("travellers", "validation.required"));
        } else if (a.travellers() < 1) {
            p.add(new FieldProblem("travellers", "validation.positive"));
        } else if (a.travellers() > Math.min(MAX_TRAVELLERS, total.seats())) {
            p.add(new FieldProblem("travellers", "application.validation.more-than-seats"));
        }
        positive(p, "areaM2", a.areaM2(), MAX_APPLICATION_AREA, 1);
        if (a.areaM2() != null && a.areaM2().signum() > 0 && a.areaM2().compareTo(total.areaM2()) > 0) {
            p.add(new FieldProblem("areaM2", "application.validation.more-than-area"));
        }
        List<Exhibit> exhibits = a.exhibits() == null ? List.of() : a.exhibits();
        if (exhibits.size() > MAX_EXHIBITS) {
            p.add(new FieldProblem("exhibits", "validation.too-many"));
        }
        for (int i = 0; i < exhibits.size(); i++) {
            Exhibit e = exhibits.get(i);
            text(p, exhibitField(i, "machine"), e.machine());
            positive(p, exhibitField(i, "weightKg"), e.weightKg(), MAX_WEIGHT_KG, 1);
            positive(p, exhibitField(i, "volumeM3"), e.volumeM3(), MAX_VOLUME_M3, 2);
        }
        if (a.notes() != null && a.notes().length() > MAX_NOTES) {
            p.add(new FieldProblem("notes", "validation.too-long.2000"));
        }
        PlainText.addTo(p, a);
        return p;
    }

    /** The name of an exhibit's field in problems, as the API and the form name it: {@code exhibits[0].machine}. */
    public static String exhibitField(int index, String field) {
        return "exhibits[" + index + "]." + field;
    }

    public static List<FieldProblem> checkReason(@Nullable String reason, boolean required) {
        List<FieldProblem> p = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            if (required) {
                p.add(new FieldProblem("reason", "validation.required"));
            }
        } else if (reason.length() > MAX_REASON) {
            p.add(new FieldProblem("reason", "validation.too-long.1000"));
        }
        PlainText.addTo(p, "reason", reason, true);
        return p;
    }

    private static void text(List<FieldProblem> p, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            p.add(new FieldProblem(field, "validation.required"));
        } else if (value.length() > MAX_TEXT) {
            p.add(new FieldProblem(field, "validation.too-long.200"));
        }
    }

    private static void whole(List<FieldProblem> p, String field, @Nullable Integer value, int max) {
        if (value == null) {
            p.add(new FieldProblem(field, "validation.required"));
        } else if (value < 1) {
            p.add(new FieldProblem(field, "validation.positive"));
        } else if (value > max) {
            p.add(new FieldProblem(field, "validation.too-large"));
        }
    }

    private static void positive(List<FieldProblem> p, String field, @Nullable BigDecimal value, BigDecimal max,
            int scale) {
        if (value == null) {
            p.add(new FieldProblem(field, "validation.required"));
        } else if (value.signum() <= 0) {
            p.add(new FieldProblem(field, "validation.positive"));
        } else if (value.compareTo(max) > 0) {
            p.add(new FieldProblem(field, "validation.too-large"));
        } else if (value.stripTrailingZeros().scale() > scale) {
            p.add(new FieldProblem(field, "validation.decimals." + scale));
        }
    }

    private static void money(List<FieldProblem> p, String field, @Nullable BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(new BigDecimal("9999999999")) > 0)) {
            p.add(new FieldProblem(field, "validation.money"));
        }
    }
}
