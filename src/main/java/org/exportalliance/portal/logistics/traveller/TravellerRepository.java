package org.exportalliance.portal.logistics.traveller;

import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for travellers. A firm's reads and changes bind its firm id ({@code firm} null means staff, who see all), so
 * another firm's traveller is simply not found. The passport number only ever arrives here sealed.
 */
@Repository
class TravellerRepository {

    private static final String COLUMNS = "id, delegation_id, application_id, firm_id, full_name, chinese_name, "
            + "nationality, date_of_birth, passport_number, passport_key_id, passport_expiry, role_title, visa_status, "
            + "visa_status_changed_at, version";

    /** A traveller row as stored: the passport number still sealed. */
    record Stored(UUID id, UUID delegationId, UUID applicationId, UUID firmId, String fullName,
            @Nullable String chineseName, String nationality, LocalDate dateOfBirth, PassportCipher.Sealed passport,
            LocalDate passportExpiry, String role, VisaStatus visaStatus, Instant visaStatusChangedAt, long version) {}

    private final DatabaseClient db;

    TravellerRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Locks the application row (concurrent additions to one application queue here) and answers its seats, or
     * nothing if it is no longer approved or accepted.
     */
    Mono<Integer> lockSeats(UUID applicationId) {
        return db.sql("select travellers from delegation_application where id = :id "
                        + "and takes_part(status) for no key update")
                .bind("id", applicationId)
                .map(row -> row.get(0, Integer.class)).one();
    }

    Mono<Long> countFor(UUID applicationId) {
        return db.sql("select count(*) from traveller where application_id = :id").bind("id", applicationId)
                .map(row -> row.get(0, Long.class)).one();
    }

    Mono<Stored> insert(UUID id, UUID applicationId, UUID delegationId, UUID firmId, TravellerDraft d,
            PassportCipher.Sealed passport, UUID by, Instant now) {
        return db.sql("insert into traveller (id, application_id, delegation_id, firm_id, full_name, chinese_name, "
                        + "nationality, date_of_birth, passport_number, passport_key_id, passport_expiry, role_title, "
                        + "visa_status, visa_status_changed_at, created_by, created_at, updated_at) values (:id, :app, "
                        + ":delegation, :firm, :name, :chinese, :nationality, :born, :passport, :key, :expiry, :role, "
                        + "'NOT_STARTED', :now, :by, :now, :now) returning " + COLUMNS)
                .bind("id", id).bind("app", applicationId).bind("delegation", delegationId).bind("firm", firmId)
                .bind("name", d.fullName())
                .bind("chinese", Parameter.fromOrEmpty(d.chineseName(), String.class))
                .bind("nationality", d.nationality()).bind("born", d.dateOfBirth())
                .bind("passport", ByteBuffer.wrap(passport.bytes())).bind("key", passport.keyId())
                .bind("expiry", d.passportExpiry()).bind("role", d.role())
                .bind("by", by).bind("now", utc(now))
                .map(TravellerRepository::read).one();
    }

    Flux<Stored> findByDelegation(UUID delegationId, @Nullable UUID firm) {
        // Only travellers of applications that hold a place: one sent back to the waitlist keeps them, unlisted.
        return db.sql("select " + COLUMNS + " from traveller where delegation_id = :delegation"
                        + (firm == null ? "" : " and firm_id = :firm")
                        + " and exists (select 1 from delegation_application a where a.id = traveller.application_id"
                        + " and takes_part(a.status)) order by firm_id, created_at, id")
                .bind("delegation", delegationId)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(TravellerRepository::read).all();
    }

    Mono<Stored> find(UUID id, @Nullable UUID firm) {
        return db.sql("select " + COLUMNS + " from traveller where id = :id"
                        + (firm == null ? "" : " and firm_id = :firm"))
                .bind("id", id)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(TravellerRepository::read).one();
    }

    /** The firm's change of its traveller at the version it read; empty if not its own or changed meanwhile. */
    Mono<Stored> update(UUID id, UUID firm, long version, TravellerDraft d, PassportCipher.@Nullable Sealed passport,
            Instant now) {
        return db.sql("update traveller set full_name = :name, chinese_name = :chinese, nationality = :nationality, "
                        + "date_of_birth = :born, passport_expiry = :expiry, role_title = :role, "
                        + (passport == null ? "" : "passport_number = :passport, passport_key_id = :key, ")
                        + "updated_at = :now, version = version + 1 "
                        + "where id = :id and firm_id = :firm and version = :version returning " + COLUMNS)
                .bind("name", d.fullName())
                .bind("chinese", Parameter.fromOrEmpty(d.chineseName(), String.class))
                .bind("nationality", d.nationality()).bind("born", d.dateOfBirth())
                .bind("expiry", d.passportExpiry()).bind("role", d.role())
                .bindValues(passport == null ? Map.of()
                        : Map.of("passport", ByteBuffer.wrap(passport.bytes()), "key", passport.keyId()))
                .bind("now", utc(now)).bind("id", id).bind("firm", firm).bind("version", version)
                .map(TravellerRepository::read).one();
    }

    Mono<Long> delete(UUID id, UUID firm) {
        return db.sql("delete from traveller where id = :id and firm_id = :firm").bind("id", id).bind("firm", firm)
                .fetch().rowsUpdated();
    }

    /** Staff's new visa status; the time of change moves only when the status does. */
    Mono<Stored> setVisaStatus(UUID id, VisaStatus status, Instant now) {
        return db.sql("update traveller set visa_status_changed_at = case when visa_status = :status "
                        + "then visa_status_changed_at else :now end, visa_status = :status, updated_at = :now, "
                        + "version = version + 1 where id = :id returning " + COLUMNS)
                .bind("status", status.name()).bind("now", utc(now)).bind("id", id)
                .map(TravellerRepository::read).one();
    }

    /**
     * Rows sealed with one of {@code keyIds}, after {@code after} in id order, locked for re-sealing; rows another
     * instance holds are skipped.
     */
    Flux<Stored> lockSealedWith(String[] keyIds, UUID after, int limit) {
        return db.sql("select " + COLUMNS + " from traveller where passport_key_id = any(:keys) and id > :after "
                        + "order by id limit :limit for update skip locked")
                .bind("keys", keyIds).bind("after", after).bind("limit", limit)
                .map(TravellerRepository::read).all();
    }

    /** Replaces the sealed number (a key rotation: not a change of the traveller, so the version stays). */
    Mono<Long> reseal(UUID id, String fromKeyId, PassportCipher.Sealed passport) {
        return db.sql("update traveller set passport_number = :passport, passport_key_id = :key "
                        + "where id = :id and passport_key_id = :from")
                .bind("passport", ByteBuffer.wrap(passport.bytes())).bind("key", passport.keyId())
                .bind("id", id).bind("from", fromKeyId)
                .fetch().rowsUpdated();
    }

    /** How many rows each key id sealed. */
    Flux<Map.Entry<String, Long>> countByKey() {
        return db.sql("select passport_key_id, count(*) from traveller group by passport_key_id")
                .map(row -> Map.entry(row.get(0, String.class), row.get(1, Long.class))).all();
    }

    private static Stored read(Readable row) {
        ByteBuffer passport = row.get("passport_number", ByteBuffer.class);
        byte[] sealed = new byte[passport.remaining()];
        passport.get(sealed);
        return new Stored(
                row.get("id", UUID.class),
                row.get("delegation_id", UUID.class),
                row.get("application_id", UUID.class),
                row.get("firm_id", UUID.class),
                row.get("full_name", String.class),
                row.get("chinese_name", String.class),
                row.get("nationality", String.class),
                row.get("date_of_birth", LocalDate.class),
                new PassportCipher.Sealed(row.get("passport_key_id", String.class), sealed),
                row.get("passport_expiry", LocalDate.class),
                row.get("role_title", String.class),
                VisaStatus.valueOf(row.get("visa_status", String.class)),
                row.get("visa_status_changed_at", OffsetDateTime.class).toInstant(),
                row.get("version", Long.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
