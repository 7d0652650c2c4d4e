package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.RequestClocks;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.shell.Badge;
import org.jspecify.annotations.Nullable;

/**
 * How requests read on screen: a status as a coloured badge, a unit by its name, and working time in working days
 * and hours ("2 个工作日 3 小时", "2 working days 3 h"), a working day being the calendar's hours, not 24.
 */
final class RequestLabels {

    private RequestLabels() {}

    static Span status(RequestStatus status, Component i18n) {
        Span badge = badge(status, i18n).span();
        badge.addClassName("request-status");
        return badge;
    }

    static Badge badge(RequestStatus status, Component i18n) {
        String colour = switch (status) {
            case SUBMITTED, QUEUED, WAITING -> "contrast";
            case RESOLVED, CLOSED -> "success";
            case RETURNED, WITHDRAWN -> "error";
            case DISPATCHED, IN_PROGRESS -> "";
        };
        return new Badge(i18n.getTranslation(status.messageKey()), colour);
    }

    static String unit(@Nullable UUID id, Map<UUID, ResponderUnit> units, Locale locale) {
        ResponderUnit unit = id == null ? null : units.get(id);
        return unit == null ? "" : unit.name(locale);
    }

    /**
     * Working time in whole working days and hours, or hours and minutes under a day, or minutes under an hour; never
     * negative (an overdue clock says "overdue by" in words).
     */
    static String workingTime(Duration time, Duration workingDay, Component i18n) {
        long minutes = time.abs().toMinutes();
        long dayMinutes = Math.max(1, workingDay.toMinutes());
        long days = minutes / dayMinutes;
        long hours = minutes % dayMinutes / 60;
        long rest = minutes % dayMinutes % 60;
        if (days > 0) {
            String d = i18n.getTranslation("request.time.days", days);
            return hours > 0 ? d + " " + i18n.getTranslation("request.time.hours", hours) : d;
        }
        if (hours > 0) {
            String h = i18n.getTranslation("request.time.hours", hours);
            return rest > 0 ? h + " " + i18n.getTranslation("request.time.minutes", rest) : h;
        }
        return i18n.getTranslation("request.time.minutes", rest);
    }

    /** What is left of a clock: "剩余 …", "超期 …", or for a paused clock "计时暂停，剩余 …". */
    static String left(RequestClocks.Reading reading, Duration workingDay, Component i18n) {
        String time = workingTime(reading.left(), workingDay, i18n);
        if (reading.paused()) {
            return i18n.getTranslation("request.time.paused", time);
        }
        if (reading.overdue()) {
            return reading.left().isZero() ? i18n.getTranslation("request.time.overdue-now")
                    : i18n.getTranslation("request.time.overdue", time);
        }
        return i18n.getTranslation("request.time.left", time);
    }

    /** A clock's deadline and what is left of it; a paused clock has no deadline, only what is left. */
    static String deadline(RequestClocks.Reading reading, Duration workingDay, ZoneId zone, Component i18n,
            Locale locale) {
        String left = left(reading, workingDay, i18n);
        return reading.due() == null ? left : Formats.dateTime(reading.due(), zone, locale) + " · " + left;
    }

    /** A fact's label ("受理时限：", "Time to accept:"), set off from the value that follows it. */
    static Span label(String labelKey, Component i18n) {
        Span label = new Span(i18n.getTranslation("request.page.fact", i18n.getTranslation(labelKey)));
        label.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
        return label;
    }

    /** A deadline's text, red once it has passed. */
    static Span deadlineSpan(RequestClocks.Reading reading, Duration workingDay, ZoneId zone, Component i18n,
            Locale locale) {
        Span text = new Span(deadline(reading, workingDay, zone, i18n, locale));
        if (reading.overdue()) {
            text.addClassName("overdue");
            text.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return text;
    }
}
