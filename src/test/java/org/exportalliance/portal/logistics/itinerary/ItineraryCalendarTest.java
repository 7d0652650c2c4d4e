package org.exportalliance.portal.logistics.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The .ics files are read back with ical4j's own parser, as a calendar program would import them. */
@PortalTest
class ItineraryCalendarTest {

    @Autowired ItineraryService itinerary;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired ItineraryCalendar writer;

    record Setup(Delegation delegation, ItineraryItem flight, ItineraryItem dinner, ItineraryItem firmAMeeting,
            ItineraryItem firmBMeeting) {}

    Setup itinerary() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(2, "12")).block();
        ItineraryItem flight = itinerary.add(actors.staff(), d.id(), new ItineraryDraft(ItineraryKind.FLIGHT,
                "MU563 上海浦东 PVG → 新德里 DEL", LocalDateTime.of(2026, 12, 6, 10, 15), "Asia/Shanghai",
                LocalDateTime.of(2026, 12, 6, 15, 10), "Asia/Kolkata", "上海浦东国际机场 T1, 出发层; D 岛",
                "东方航空 MU563，订座编号 HK7Q2M；每人托运行李 2 件\n07:45 集合")).block();
        ItineraryItem dinner = itinerary.add(actors.staff(), d.id(), new ItineraryDraft(ItineraryKind.MEETING,
                "欢迎晚宴 Welcome dinner", LocalDateTime.of(2026, 12, 7, 19, 0), "Asia/Kolkata",
                LocalDateTime.of(2026, 12, 7, 21, 30), null, "Hotel ballroom, Greater Noida", "")).block();
        ItineraryItem firmA = itinerary.add(actors.member(), d.id(), new ItineraryDraft(ItineraryKind.MEETING,
                "与 Patel Fabrics 洽谈（天姥纺机）", LocalDateTime.of(2026, 12, 9, 14, 0), "Asia/Kolkata",
                LocalDateTime.of(2026, 12, 9, 15, 0), null, "展位洽谈区", "带 TM-760 报价单")).block();
        ItineraryItem firmB = itinerary.add(actors.member2(), d.id(), new ItineraryDraft(ItineraryKind.MEETING,
                "沃洲织造私人会谈", LocalDateTime.of(2026, 12, 10, 11, 0), "Asia/Kolkata",
                LocalDateTime.of(2026, 12, 10, 12, 0), null, "", "")).block();
        return new Setup(d, flight, dinner, firmA, firmB);
    }

    static Calendar parse(CalendarFile file) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(file.content()));
    }

    static Map<String, VEvent> eventsByUid(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    static Instant instant(Temporal t) {
        return Instant.from(t);
    }

    @Test
    void the_file_imports_with_the_right_moments_and_chinese_text() throws Exception {
        Setup s = itinerary();
        CalendarFile file = itinerary.calendar(actors.member(), s.delegation().id(), PortalLocales.CHINESE).block();
        assertThat(file.fileName()).isEqualTo("行程-测试展团.ics");
        Calendar calendar = parse(file);

        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
                .startsWith("-//Export Alliance Portal//Itinerary");
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE))
                .extracting(z -> z.getTimeZoneId().getValue())
                .containsExactlyInAnyOrder("Asia/Shanghai", "Asia/Kolkata");

        Map<String, VEvent> events = eventsByUid(calendar);
        assertThat(events.keySet()).containsExactlyInAnyOrder(
                s.flight().id() + "@itinerary.exportalliance.org", s.dinner().id() + "@itinerary.exportalliance.org",
                s.firmAMeeting().id() + "@itinerary.exportalliance.org");

        VEvent flight = events.get(s.flight().id() + "@itinerary.exportalliance.org");
        // Departure 10:15 Shanghai time, arrival 15:10 Delhi time: as instants, 02:15Z and 09:40Z.
        assertThat(instant(flight.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-12-06T02:15:00Z"));
        assertThat(instant(flight.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2026-12-06T09:40:00Z"));
        assertThat(flight.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Shanghai");
        assertThat(flight.getDateTimeEnd().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Kolkata");
        assertThat(flight.getSummary().getValue()).isEqualTo("航班：MU563 上海浦东 PVG → 新德里 DEL");
        // Commas, semicolons and line breaks survive escaping and folding.
        assertThat(flight.getLocation().getValue()).isEqualTo("上海浦东国际机场 T1, 出发层; D 岛");
        assertThat(flight.getDescription().getValue())
                .startsWith("东方航空 MU563，订座编号 HK7Q2M；每人托运行李 2 件\n07:45 集合\n当地时间：");
        assertThat(flight.getDateStamp()).isPresent();

        VEvent dinner = events.get(s.dinner().id() + "@itinerary.exportalliance.org");
        assertThat(instant(dinner.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-12-07T13:30:00Z"));
        assertThat(dinner.getSummary().getValue()).isEqualTo("会议：欢迎晚宴 Welcome dinner");

        VEvent own = events.get(s.firmAMeeting().id() + "@itinerary.exportalliance.org");
        assertThat(own.getDescription().getValue()).contains("仅贵企业和协会可见");
    }

    @Test
    void summaries_follow_the_language_asked_for_and_uids_stay_the_same() throws Exception {
        Setup s = itinerary();
        Calendar zh = parse(itinerary.calendar(actors.member(), s.delegation().id(), PortalLocales.CHINESE).block());
        CalendarFile enFile = itinerary.calendar(actors.member(), s.delegation().id(), Locale.ENGLISH).block();
        assertThat(enFile.fileName()).isEqualTo("itinerary-Test delegation.ics");
        Calendar en = parse(enFile);
        String uid = s.flight().id() + "@itinerary.exportalliance.org";
        assertThat(eventsByUid(en).get(uid).getSummary().getValue()).isEqualTo("Flight: MU563 上海浦东 PVG → 新德里 DEL");
        assertThat(eventsByUid(en).get(uid).getDescription().getValue()).contains("Local time: ");
        assertThat(eventsByUid(zh).keySet()).isEqualTo(eventsByUid(en).keySet());
    }

    @Test
    void a_firms_file_never_holds_another_firms_own_items() throws Exception {
        Setup s = itinerary();
        CalendarFile firmB = itinerary.calendar(actors.member2(), s.delegation().id(), PortalLocales.CHINESE).block();
        String text = new String(firmB.content(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(s.firmAMeeting().id().toString()).doesNotContain("Patel");
        assertThat(eventsByUid(parse(firmB)).keySet()).containsExactlyInAnyOrder(
                s.flight().id() + "@itinerary.exportalliance.org", s.dinner().id() + "@itinerary.exportalliance.org",
                s.firmBMeeting().id() + "@itinerary.exportalliance.org");
        // Staff see everybody's.
        assertThat(eventsByUid(parse(itinerary.calendar(actors.staff(), s.delegation().id(), Locale.ENGLISH)
                .block()))).hasSize(4);
    }

    @Test
    void every_line_ends_in_crlf_and_is_at_most_75_octets() {
        Setup s = itinerary();
        byte[] bytes = itinerary.calendar(actors.member(), s.delegation().id(), PortalLocales.CHINESE).block()
                .content();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        // Long Chinese summaries were folded, and unfold back to the same text.
        assertThat(lines).anyMatch(line -> line.startsWith(" "));
    }

    @Test
    void folding_never_splits_a_character_and_unfolds_to_the_original() {
        String line = "SUMMARY:" + "展会第一天 Day one 🧵 ".repeat(12);
        String folded = ItineraryCalendar.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
            assertThat(part).doesNotContain("\uFFFD");
            assertThat(Character.isLowSurrogate(part.isEmpty() ? 'x' : part.charAt(part.startsWith(" ") ? 1 : 0)))
                    .isFalse();
        }
        assertThat(ItineraryCalendar.unfold(folded)).isEqualTo(line + "\r\n");
    }

    /**
     * A worker thread keeps the context class loader of the thread that started it; after a test's second portal has
     * stopped, that may be a web application loader that refuses to load anything. The zone definitions are read all
     * the same (a zone no other test reads, so ical4j's cache of loaded zones cannot hide it).
     */
    @Test
    void zone_definitions_are_read_whatever_class_loader_the_thread_carries() throws Exception {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        itinerary.add(actors.staff(), d.id(), new ItineraryDraft(ItineraryKind.MEETING, "Ushuaia",
                LocalDateTime.of(2027, 2, 1, 9, 0), "America/Argentina/Ushuaia", LocalDateTime.of(2027, 2, 1, 10, 0),
                null, "", "")).block();
        List<ItineraryItem> items = itinerary.items(actors.staff(), d.id()).collectList().block();
        ClassLoader stopped = new ClassLoader(null) {
            @Override
            public java.net.URL getResource(String name) {
                throw new IllegalStateException("this web application instance has been stopped already");
            }
        };
        byte[][] written = new byte[1][];
        Thread worker = new Thread(() -> written[0] = writer.write(d, items, Locale.ENGLISH, Instant.now()));
        worker.setContextClassLoader(stopped);
        worker.start();
        worker.join(30_000);

        String ics = new String(written[0], StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:America/Argentina/Ushuaia",
                "DTSTART;TZID=America/Argentina/Ushuaia:20270201T090000");
    }
}
