package org.exportalliance.portal.logistics.itinerary;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules for itinerary items, shared by the form, the API and the service. The schema (V8) repeats the essentials
 * as CHECK constraints (end not before start, one zone unless a flight, lengths).
 */
public final class ItineraryRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_LOCATION = 300;
    public static final int MAX_DETAILS = 2000;
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private ItineraryRules() {}

    public static List<FieldProblem> check(ItineraryDraft d) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.kind() == null) {
            p.add(new FieldProblem("kind", "validation.required"));
        }
        if (d.title() == null || d.title().isBlank()) {
            p.add(new FieldProblem("title", "validation.required"));
        } else if (d.title().strip().length() > MAX_TITLE) {
            p.add(new FieldProblem("title", "validation.too-long.200"));
        }
        Optional<ZoneId> startZone = zone(p, "timeZone", d.timeZone());
        Optional<ZoneId> endZone = startZone;
        if (d.kind() != null && d.kind().crossesZones()) {
            endZone = zone(p, "endTimeZone", d.endTimeZone());
        } else if (d.endTimeZone() != null && !d.endTimeZone().isBlank() && d.timeZone() != null
                && !d.endTimeZone().strip().equals(d.timeZone().strip())) {
            p.add(new FieldProblem("endTimeZone", "itinerary.validation.one-zone"));
        }
        if (d.start() == null) {
            p.add(new FieldProblem("start", "validation.required"));
        }
        if (d.end() == null) {
            p.add(new FieldProblem("end", "validation.required"));
        }
        if (d.start() != null && d.end() != null && startZone.isPresent() && endZone.isPresent()
                && ZonedDateTime.of(d.end(), endZone.get()).isBefore(ZonedDateTime.of(d.start(), startZone.get()))) {
            p.add(new FieldProblem("end", "itinerary.validation.end-before-start"));
        }
        if (d.location() != null && d.location().strip().length() > MAX_LOCATION) {
            p.add(new FieldProblem("location", "itinerary.validation.too-long.300"));
        }
        if (d.details() != null && d.details().strip().length() > MAX_DETAILS) {
            p.add(new FieldProblem("details", "validation.too-long.2000"));
        }
        PlainText.addTo(p, d);
        return p;
    }

    /** Whether {@code id} names a time zone of the IANA database (a region such as Asia/Shanghai, not an offset). */
    public static boolean isZone(@Nullable String id) {
        return id != null && ZONES.contains(id.strip());
    }

    private static Optional<ZoneId> zone(List<FieldProblem> p, String field, @Nullable String id) {
        if (id == null || id.isBlank()) {
            p.add(new FieldProblem(field, "validation.required"));
            return Optional.empty();
        }
        if (!isZone(id)) {
            p.add(new FieldProblem(field, "itinerary.validation.time-zone"));
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(id.strip()));
    }
}
