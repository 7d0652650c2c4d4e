package org.exportalliance.portal.fair;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the fair catalogue. Updates are conditional on the version read, so concurrent edits cannot overwrite. */
@Repository
class FairRepository {

    private static final String COLUMNS = "id, name_zh, name_en, city, country, venue, start_date, end_date, sectors, "
            + "website, status, cancel_reason, version, updated_at";

    private final DatabaseClient db;

    FairRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Fair> findById(UUID id) {
        return db.sql("select " + COLUMNS + " from fair where id = :id").bind("id", id).map(FairRepository::read).one();
    }

    Flux<Fair> search(FairFilter filter, FairSort sort, FairPage page, LocalDate today) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from fair where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.upcomingOnly()) {
            sql.append(" and end_date >= :today");
            params.put("today", today);
        }
        if (!filter.includeCancelled()) {
            sql.append(" and status = 'SCHEDULED'");
        }
        if (filter.country() != null) {
            sql.append(" and country = :country");
            params.put("country", filter.country());
        }
        if (filter.sector() != null) {
            sql.append(" and sectors @> array[:sector]::text[]");
            params.put("sector", filter.sector().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (name_zh ilike :text or name_en ilike :text or city ilike :text)");
            params.put("text", "%" + escapeLike(filter.text().strip()) + "%");
        }
        if (page.hasCursor()) {
            sql.append(" and (start_date, id) > (:afterStart, :afterId)");
            params.put("afterStart", page.afterStart());
            params.put("afterId", page.afterId());
        }
        sql.append(" order by ").append(page.hasCursor() ? FairSort.START_DATE.sql() : sort.sql());
        sql.append(" limit :limit offset :offset");
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        return db.sql(sql.toString()).bindValues(params).map(FairRepository::read).all();
    }

    Mono<Fair> insert(UUID id, FairDraft d, @Nullable UUID createdBy, OffsetDateTime now) {
        return db.sql("insert into fair (id, name_zh, name_en, city, country, venue, start_date, end_date, sectors, "
                        + "website, created_by, created_at, updated_at) values (:id, :nameZh, :nameEn, :city, :country, "
                        + ":venue, :start, :end, :sectors, :website, :by, :now, :now) returning " + COLUMNS)
                .bind("id", id)
                .bind("by", Parameter.fromOrEmpty(createdBy, UUID.class))
                .bind("now", now)
                .bindValues(draftValues(d))
                .map(FairRepository::read).one();
    }

    /** Empty when the fair changed (or vanished) since {@code expectedVersion} was read. */
    Mono<Fair> update(UUID id, long expectedVersion, FairDraft d, OffsetDateTime now) {
        return db.sql("update fair set name_zh = :nameZh, name_en = :nameEn, city = :city, country = :country, "
                        + "venue = :venue, start_date = :start, end_date = :end, sectors = :sectors, website = :website, "
                        + "version = version + 1, updated_at = :now where id = :id and version = :version returning "
                        + COLUMNS)
                .bind("id", id)
                .bind("version", expectedVersion)
                .bind("now", now)
                .bindValues(draftValues(d))
                .map(FairRepository::read).one();
    }

    Mono<Fair> cancel(UUID id, long expectedVersion, String reason, OffsetDateTime now) {
        return db.sql("update fair set status = 'CANCELLED', cancel_reason = :reason, version = version + 1, "
                        + "updated_at = :now where id = :id and version = :version and status = 'SCHEDULED' returning "
                        + COLUMNS)
                .bind("id", id).bind("version", expectedVersion).bind("reason", reason).bind("now", now)
                .map(FairRepository::read).one();
    }

    Mono<Long> count() {
        return db.sql("select count(*) from fair").map(row -> row.get(0, Long.class)).one();
    }

    private static Map<String, Object> draftValues(FairDraft d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nameZh", d.nameZh());
        values.put("nameEn", d.nameEn());
        values.put("city", d.city());
        values.put("country", d.country());
        values.put("venue", d.venue());
        values.put("start", d.startDate());
        values.put("end", d.endDate());
        values.put("sectors", d.sectors().stream().map(Sector::name).sorted().toArray(String[]::new));
        values.put("website", Parameter.fromOrEmpty(d.website(), String.class));
        return values;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Fair read(Readable row) {
        String[] sectors = row.get("sectors", String[].class);
        return new Fair(
                row.get("id", UUID.class),
                row.get("name_zh", String.class),
                row.get("name_en", String.class),
                row.get("city", String.class),
                row.get("country", String.class),
                row.get("venue", String.class),
                row.get("start_date", LocalDate.class),
                row.get("end_date", LocalDate.class),
                sectors == null ? EnumSet.noneOf(Sector.class)
                        : Arrays.stream(sectors).map(Sector::valueOf).collect(Collectors.toSet()),
                row.get("website", String.class),
                FairStatus.valueOf(row.get("status", String.class)),
                row.get("cancel_reason", String.class),
                row.get("version", Long.class),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }
}
