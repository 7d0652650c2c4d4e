package org.exportalliance.portal.request.calendar;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the working calendar's exceptions, one row per day. */
@Repository
class WorkingCalendarRepository {

    private static final String COLUMNS = "day, kind, name_zh, name_en, updated_at, updated_by";

    private final DatabaseClient db;

    WorkingCalendarRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Every exception; a few dozen a year, so the whole calendar fits in memory. */
    Flux<CalendarDay> all() {
        return db.sql("select " + COLUMNS + " from working_calendar_day order by day")
                .map(WorkingCalendarRepository::read).all();
    }

    Flux<CalendarDay> year(int year) {
        return db.sql("select " + COLUMNS + " from working_calendar_day where day >= :from and day < :until "
                        + "order by day")
                .bind("from", LocalDate.of(year, 1, 1)).bind("until", LocalDate.of(year + 1, 1, 1))
                .map(WorkingCalendarRepository::read).all();
    }

    Mono<CalendarDay> find(LocalDate day) {
        return db.sql("select " + COLUMNS + " from working_calendar_day where day = :day").bind("day", day)
                .map(WorkingCalendarRepository::read).one();
    }

    /** Adds the day, or replaces what the calendar held for that date. */
    Mono<CalendarDay> save(CalendarDayDraft d, UUID by, OffsetDateTime now) {
        return db.sql("insert into working_calendar_day (" + COLUMNS + ") values (:day, :kind, :nameZh, :nameEn, "
                        + ":now, :by) on conflict (day) do update set kind = excluded.kind, name_zh = excluded.name_zh, "
                        + "name_en = excluded.name_en, updated_at = excluded.updated_at, updated_by = excluded.updated_by "
                        + "returning " + COLUMNS)
                .bind("day", d.day()).bind("kind", d.kind().name()).bind("nameZh", d.nameZh())
                .bind("nameEn", d.nameEn()).bind("now", now).bind("by", by)
                .map(WorkingCalendarRepository::read).one();
    }

    /** Adds or replaces every day in one statement (an import of a year is one round trip). */
    Mono<Long> saveAll(List<CalendarDayDraft> days, UUID by, OffsetDateTime now) {
        return db.sql("insert into working_calendar_day (" + COLUMNS + ") select d, k, zh, en, :now, :by "
                        + "from unnest(cast(:days as date[]), cast(:kinds as text[]), cast(:zh as text[]), "
                        + "cast(:en as text[])) as t (d, k, zh, en) on conflict (day) do update set kind = excluded.kind, "
                        + "name_zh = excluded.name_zh, name_en = excluded.name_en, updated_at = excluded.updated_at, "
                        + "updated_by = excluded.updated_by")
                .bind("days", days.stream().map(CalendarDayDraft::day).toArray(LocalDate[]::new))
                .bind("kinds", days.stream().map(d -> d.kind().name()).toArray(String[]::new))
                .bind("zh", days.stream().map(CalendarDayDraft::nameZh).toArray(String[]::new))
                .bind("en", days.stream().map(CalendarDayDraft::nameEn).toArray(String[]::new))
                .bind("now", now).bind("by", by)
                .fetch().rowsUpdated();
    }

    /** The removed day; empty when the calendar held none on that date. */
    Mono<CalendarDay> remove(LocalDate day) {
        return db.sql("delete from working_calendar_day where day = :day returning " + COLUMNS).bind("day", day)
                .map(WorkingCalendarRepository::read).one();
    }

    private static CalendarDay read(Readable row) {
        return new CalendarDay(
                row.get("day", LocalDate.class),
                DayKind.valueOf(row.get("kind", String.class)),
                row.get("name_zh", String.class),
                row.get("name_en", String.class),
                row.get("updated_at", OffsetDateTime.class).toInstant(),
                row.get("updated_by", UUID.class));
    }
}
