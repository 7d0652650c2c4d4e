package org.exportalliance.portal.logistics.itinerary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.platform.i18n.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an itinerary as one iCalendar object (RFC 5545) with ical4j: METHOD:PUBLISH, one VEVENT per item with a
 * stable UID, and times in the place's own zone (TZID, with its VTIMEZONE) so calendar programs show the right
 * moment wherever the reader is. A zone ical4j has no definition for is written in UTC instead. Text is escaped by
 * ical4j; lines are folded at 75 octets without splitting a UTF-8 character (ical4j folds at 75 characters, which
 * Chinese text would stretch to over 200 octets).
 */
@Component
class ItineraryCalendar {

    /** The right-hand side of every item's UID: {@code <item id>@<domain>} stays the same for the item's life. */
    static final String UID_DOMAIN = "itinerary.exportalliance.org";
    static final int MAX_LINE_OCTETS = 75;

    private final MessageSource messages;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    ItineraryCalendar(MessageSource messages) {
        this.messages = messages;
    }

    /** The calendar as bytes; reads ical4j's zone definitions from the class path, so call it off event loops. */
    byte[] write(Delegation delegation, List<ItineraryItem> items, Locale locale, Instant now) {
        // ical4j reads its zone files through the thread's context class loader. A worker thread keeps the loader of
        // the thread that started it, which may be a web application's that has stopped since (and then refuses to
        // load anything), so ical4j reads through the loader that loaded this class.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ItineraryCalendar.class.getClassLoader());
        try {
            return calendar(delegation, items, locale, now);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private byte[] calendar(Delegation delegation, List<ItineraryItem> items, Locale locale, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Export Alliance Portal//Itinerary//" + (isChinese(locale) ? "ZH" : "EN")));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", message("itinerary.calendar-name", locale,
                delegation.title(locale))));
        Set<ZoneId> used = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (ItineraryItem item : items) {
            events.add(event(delegation, item, locale, now, used));
        }
        for (ZoneId zone : used) {
            calendar.add(definition(zone).getVTimeZone());
        }
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the itinerary calendar is invalid: " + e.getMessage(), e);
        }
        return fold(unfold(out.toString())).getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(Delegation delegation, ItineraryItem item, Locale locale, Instant now, Set<ZoneId> used) {
        String kind = message("itinerary.kind." + item.kind().name(), locale);
        VEvent event = new VEvent(false);
        event.add(new Uid(item.id() + "@" + UID_DOMAIN));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(when(item.localStart(), used)));
        event.add(new DtEnd<>(when(item.localEnd(), used)));
        event.add(new Summary(message("itinerary.summary", locale, kind, item.title())));
        if (!item.location().isBlank()) {
            event.add(new Location(item.location()));
        }
        event.add(new Description(description(item, locale)));
        event.add(new Categories(kind));
        event.add(new Organizer(URI.create("urn:uuid:" + delegation.id())).add(new Cn(delegation.organiser())));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, item.version())));
        event.add(new LastModified(item.updatedAt()));
        // A hotel stay spans days and nights; it should not show the reader as busy all that time.
        Transp transparency = item.kind() == ItineraryKind.HOTEL ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE;
        event.add(transparency);
        return event;
    }

    /** The local time with its zone when ical4j knows the zone (a VTIMEZONE is then written), else the UTC instant. */
    private Temporal when(ZonedDateTime local, Set<ZoneId> used) {
        if (definition(local.getZone()) == null) {
            return local.toInstant();
        }
        used.add(local.getZone());
        return local;
    }

    private @Nullable TimeZone definition(ZoneId zone) {
        try {
            return zones.getTimeZone(zone.getId());
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private String description(ItineraryItem item, Locale locale) {
        String times = message("itinerary.local-times", locale,
                Formats.dateTime(item.startsAt(), item.startZone(), locale) + " (" + item.startZone().getId() + ")",
                Formats.dateTime(item.endsAt(), item.endZone(), locale) + " (" + item.endZone().getId() + ")");
        List<String> lines = new ArrayList<>();
        if (!item.details().isBlank()) {
            lines.add(item.details());
        }
        lines.add(times);
        if (!item.delegationWide()) {
            lines.add(message("itinerary.firm-only", locale));
        }
        return String.join("\n", lines);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** Joins folded lines back (RFC 5545 §3.1: a CRLF followed by one space or tab continues the line). */
    static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** Folds every line so that no line is longer than 75 octets of UTF-8, never inside a character. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 20);
        for (String line : text.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
