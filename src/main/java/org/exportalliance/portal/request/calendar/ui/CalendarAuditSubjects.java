package org.exportalliance.portal.request.calendar.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.calendar.DayKind;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Calendar days in the audit trail: a day as the reader writes dates (an import, recorded under its own id, keeps
 * it), its kind in words, opening the calendar page.
 */
@Component
class CalendarAuditSubjects implements AuditSubjects {

    private final MessageSource messages;

    CalendarAuditSubjects(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String type() {
        return WorkingCalendarService.TOPIC;
    }

    @Override
    public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        for (String id : ids) {
            day(id).ifPresent(day -> names.put(id, Formats.date(day, locale)));
        }
        return Mono.just(names);
    }

    /** A day's entry is recorded as "HOLIDAY 国庆节": the kind becomes its label. */
    @Override
    public String detail(String action, String detail, Locale locale) {
        String words = detail;
        for (DayKind kind : DayKind.values()) {
            if (words.startsWith(kind.name() + " ")) {
                words = messages.getMessage(kind.messageKey(), null, kind.name(), locale)
                        + words.substring(kind.name().length());
            }
        }
        return words;
    }

    @Override
    public Optional<String> location(String id) {
        return Optional.of("requests/calendar");
    }

    private static Optional<LocalDate> day(String id) {
        try {
            return Optional.of(LocalDate.parse(id));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
