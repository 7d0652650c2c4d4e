package org.exportalliance.portal.request.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.platform.Workers;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The association's working calendar: everybody reads it, staff keep it (a day at a time, or a file of days). Requests
 * ask it when a deadline falls ({@link #deadline}) and how much working time has passed ({@link #elapsed}), from a
 * copy kept in memory until a day changes on any instance ({@link CalendarSnapshots}). Every change is audited and
 * announced in its transaction.
 */
@Service
public class WorkingCalendarService {

    public static final String TOPIC = "working_calendar";

    private final WorkingCalendarRepository days;
    private final CalendarSnapshots snapshots;
    private final WorkingHours hours;
    private final LiveEvents live;
    private final Changes changes;
    private final Clock clock;
    private final TransactionalOperator tx;

    WorkingCalendarService(WorkingCalendarRepository days, CalendarSnapshots snapshots, WorkingHours hours,
            LiveEvents live, Changes changes, Clock clock, TransactionalOperator tx) {
        this.days = days;
        this.snapshots = snapshots;
        this.hours = hours;
        this.live = live;
        this.changes = changes;
        this.clock = clock;
        this.tx = tx;
    }

    /** The calendar as it stands, from memory unless a day changed since it was last read. */
    public Mono<WorkingCalendar> calendar() {
        return snapshots.current();
    }

    /** Working time on the current calendar, in the portal's hours and zone. */
    public Mono<WorkingTime> workingTime() {
        return calendar().map(c -> new WorkingTime(c, hours, clock.getZone()));
    }

    /** When {@code workingTime} of working time will have passed since {@code start}. */
    public Mono<Instant> deadline(Instant start, Duration workingTime) {
        return workingTime().map(w -> w.deadline(start, workingTime));
    }

    /** The working time between two instants. */
    public Mono<Duration> elapsed(Instant from, Instant to) {
        return workingTime().map(w -> w.elapsed(from, to));
    }

    public WorkingHours hours() {
        return hours;
    }

    /** The exceptions of one year, in date order. */
    public Flux<CalendarDay> days(int year) {
        return WorkingCalendarRules.coversYear(year) ? days.year(year) : Flux.empty();
    }

    public Mono<CalendarDay> find(LocalDate day) {
        return days.find(day).switchIfEmpty(Mono.error(CalendarDayNotFound::new));
    }

    /** Staff add a day, or change what the calendar says of it. */
    public Mono<CalendarDay> save(Actor actor, CalendarDayDraft draft) {
        CalendarDayDraft d = draft.normalised();
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(WorkingCalendarRules.check(d)))
                .then(Mono.defer(() -> days.save(d, actor.userId(), now())))
                .flatMap(saved -> changes.record(actor.userId(), "working_calendar.saved", TOPIC, saved.day(),
                        saved.kind() + " " + saved.nameZh()).thenReturn(saved)));
    }

    /** Staff remove a day: it counts by its weekday again. */
    public Mono<Void> remove(Actor actor, LocalDate day) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Mono.defer(() -> days.remove(day)))
                .switchIfEmpty(Mono.error(CalendarDayNotFound::new))
                .flatMap(removed -> changes.record(actor.userId(), "working_calendar.removed", TOPIC, removed.day(),
                        removed.kind() + " " + removed.nameZh())));
    }

    /**
     * Staff import a CSV or .xlsx file of days, adding or replacing each date it gives; dates it does not give stay.
     * All or nothing: a row with a problem refuses the file ({@link CalendarImportHasProblems}, listing every such
     * row), a file that cannot be read at all is {@link CalendarFileRefused}. One audit entry and one live event.
     */
    public Mono<CalendarImport> importDays(Actor actor, byte[] file) {
        UUID importId = UUID.randomUUID();
        return Checks.staffOnly(actor)
                .then(Workers.compute(() -> CalendarFileReader.read(file)))
                .flatMap(rows -> rows.stream().allMatch(CalendarRow::importable) ? Mono.just(rows)
                        : Mono.error(new CalendarImportHasProblems(rows)))
                .map(rows -> rows.stream().map(CalendarRow::draft).toList())
                .flatMap(drafts -> tx.transactional(days.saveAll(drafts, actor.userId(), now())
                        .then(Mono.defer(() -> recordImport(actor, importId, drafts)))
                        .thenReturn(CalendarImport.of(drafts))));
    }

    private Mono<Void> recordImport(Actor actor, UUID importId, List<CalendarDayDraft> drafts) {
        CalendarImport summary = CalendarImport.of(drafts);
        return changes.record(actor.userId(), "working_calendar.imported", TOPIC, importId,
                "days=" + summary.days() + " from=" + summary.first() + " to=" + summary.last());
    }

    /** Days as they change on any instance, plus resync signals. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
