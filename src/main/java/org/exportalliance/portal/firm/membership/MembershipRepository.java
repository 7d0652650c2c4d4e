package org.exportalliance.portal.firm.membership;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.firm.FirmKind;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the member register: {@code firm} and {@code firm_category}. */
@Repository
class MembershipRepository {

    private static final String SELECT = """
            select f.id, f.name_zh, f.name_en, f.kind, f.membership_tier, f.city, f.credit_code, f.contact_name,
                   f.contact_phone, f.contact_email, f.joined_on, f.membership, f.membership_changed_at,
                   f.membership_reason, f.version,
                   coalesce((select array_agg(c.category order by c.category) from firm_category c
                             where c.firm_id = f.id), '{}') as categories
            from firm f
            """;

    private final DatabaseClient db;

    MembershipRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<MemberFirm> list(@Nullable Membership membership, @Nullable String search, int offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        DatabaseClient.GenericExecuteSpec spec;
        if (membership != null) {
            sql.append(" and f.membership = :membership");
        }
        if (search != null) {
            sql.append(" and (f.name_zh ilike :search or f.name_en ilike :search or f.credit_code = upper(:exact)"
                    + " or f.city ilike :search)");
        }
        sql.append(" order by f.kind = 'ASSOCIATION' desc, f.name_en offset :offset limit :limit");
        spec = db.sql(sql.toString()).bind("offset", offset).bind("limit", limit);
        if (membership != null) {
            spec = spec.bind("membership", membership.name());
        }
        if (search != null) {
            spec = spec.bind("search", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                    .bind("exact", search);
        }
        return spec.map(MembershipRepository::read).all();
    }

    Mono<MemberFirm> find(UUID id) {
        return db.sql(SELECT + " where f.id = :id").bind("id", id).map(MembershipRepository::read).one();
    }

    Mono<Boolean> creditCodeTaken(String code, @Nullable UUID except) {
        return db.sql("select 1 from firm where credit_code = :code and id is distinct from :except")
                .bind("code", code).bind("except", Parameter.fromOrEmpty(except, UUID.class))
                .map(row -> true).one().defaultIfEmpty(false);
    }

    Mono<Boolean> nameTaken(String nameZh, String nameEn, @Nullable UUID except) {
        return db.sql("select 1 from firm where (lower(name_zh) = lower(:zh) or lower(name_en) = lower(:en))"
                        + " and id is distinct from :except")
                .bind("zh", nameZh).bind("en", nameEn).bind("except", Parameter.fromOrEmpty(except, UUID.class))
                .map(row -> true).one().defaultIfEmpty(false);
    }

    Mono<Void> insert(UUID id, Entry entry) {
        return db.sql("""
                        insert into firm (id, name_zh, name_en, kind, membership_tier, city, credit_code, contact_name,
                                          contact_phone, contact_email, joined_on)
                        values (:id, :zh, :en, :kind, :tier, :city, :code, :contact, :phone, :email, :joined)""")
                .bind("id", id)
                .bindValues(entry.values())
                .bind("email", Parameter.fromOrEmpty(entry.contactEmail(), String.class))
                .then()
                .then(categories(id, entry.categories()));
    }

    /** Empty when the version has moved on (someone else saved first). */
    Mono<Long> update(UUID id, long version, Entry entry) {
        return db.sql("""
                        update firm set name_zh = :zh, name_en = :en, kind = :kind, membership_tier = :tier,
                            city = :city, credit_code = :code, contact_name = :contact, contact_phone = :phone,
                            contact_email = :email, joined_on = :joined, version = version + 1
                        where id = :id and version = :version returning version""")
                .bind("id", id).bind("version", version)
                .bindValues(entry.values())
                .bind("email", Parameter.fromOrEmpty(entry.contactEmail(), String.class))
                .map(row -> row.get(0, Long.class)).one()
                .flatMap(v -> categories(id, entry.categories()).thenReturn(v));
    }

    /** Moves the membership if it is still {@code from}; empty otherwise. */
    Mono<Long> changeMembership(UUID id, List<Membership> from, Membership to, @Nullable String reason,
            Instant at) {
        return db.sql("""
                        update firm set membership = :to, membership_changed_at = :at, membership_reason = :reason,
                            version = version + 1
                        where id = :id and membership = any(:from) and kind <> 'ASSOCIATION' returning version""")
                .bind("id", id).bind("to", to.name())
                .bind("from", from.stream().map(Enum::name).toArray(String[]::new))
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .map(row -> row.get(0, Long.class)).one();
    }

    private Mono<Void> categories(UUID id, List<String> categories) {
        return db.sql("delete from firm_category where firm_id = :firm").bind("firm", id).then()
                .then(categories.isEmpty() ? Mono.empty()
                        : db.sql("insert into firm_category (firm_id, category) select :firm, unnest(:codes::text[])")
                                .bind("firm", id).bind("codes", categories.toArray(String[]::new)).then());
    }

    /** A checked, normalised register entry. */
    record Entry(String nameZh, String nameEn, FirmKind kind, String tier, String city, List<String> categories,
            String creditCode, String contactName, String contactPhone, @Nullable String contactEmail,
            LocalDate joinedOn) {

        java.util.Map<String, Object> values() {
            return java.util.Map.of("zh", nameZh, "en", nameEn, "kind", kind.name(), "tier", tier, "city", city,
                    "code", creditCode, "contact", contactName, "phone", contactPhone, "joined", joinedOn);
        }
    }

    private static MemberFirm read(Readable row) {
        String[] categories = row.get("categories", String[].class);
        OffsetDateTime changed = row.get("membership_changed_at", OffsetDateTime.class);
        return new MemberFirm(row.get("id", UUID.class), row.get("name_zh", String.class),
                row.get("name_en", String.class), FirmKind.valueOf(row.get("kind", String.class)),
                row.get("membership_tier", String.class), row.get("city", String.class),
                categories == null ? List.of() : Arrays.asList(categories), row.get("credit_code", String.class),
                row.get("contact_name", String.class), row.get("contact_phone", String.class),
                row.get("contact_email", String.class), row.get("joined_on", LocalDate.class),
                Membership.valueOf(row.get("membership", String.class)),
                changed == null ? null : changed.toInstant(), row.get("membership_reason", String.class),
                row.get("version", Integer.class));
    }
}
