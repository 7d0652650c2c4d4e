package org.exportalliance.portal.lead;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for leads. Every read carries {@link LeadVisibility}; writes are conditional on the owner firm and version. */
@Repository
class LeadRepository {

    private static final String COLUMNS = """
            l.id, l.buyer_id, l.owner_firm_id, l.company_name, l.country, l.city, l.web_domain, l.estimated_value,
            l.currency, l.source, l.fair_id, l.notes, l.visibility, l.created_at, l.version,
            array(select c.category from lead_category c where c.lead_id = l.id order by c.category) as categories""";

    private final DatabaseClient db;

    LeadRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Lead> findVisible(Actor actor, UUID id) {
        return db.sql("select " + COLUMNS + " from lead l where l.id = :id and " + LeadVisibility.condition(actor))
                .bind("id", id).bind("firm", actor.firmId())
                .map(LeadRepository::read).one();
    }

    Flux<Lead> search(Actor actor, LeadFilter filter, LeadPage page) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from lead l where ")
                .append(LeadVisibility.condition(actor));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("firm", actor.firmId());
        if (filter.ownOnly()) {
            sql.append(" and l.owner_firm_id = :firm");
        }
        if (filter.country() != null) {
            sql.append(" and l.country = :country");
            params.put("country", filter.country());
        }
        if (filter.category() != null) {
            sql.append(" and exists (select 1 from lead_category c where c.lead_id = l.id and c.category = :category)");
            params.put("category", filter.category());
        }
        if (filter.source() != null) {
            sql.append(" and l.source = :source");
            params.put("source", filter.source().name());
        }
        String text = filter.text() == null ? "" : BuyerNames.normalise(filter.text());
        if (!text.isBlank()) {
            sql.append(" and (l.normalised_name like :text or l.city ilike :text)");
            params.put("text", "%" + escapeLike(text) + "%");
        }
        if (page.hasCursor()) {
            sql.append(" and (l.created_at, l.id) < (:afterCreated, :afterId)");
            params.put("afterCreated", page.afterCreated());
            params.put("afterId", page.afterId());
        }
        sql.append(" order by l.created_at desc, l.id desc limit :limit offset :offset");
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        return db.sql(sql.toString()).bindValues(params).map(LeadRepository::read).all();
    }

    Mono<Lead> shares(Lead lead) {
        Mono<Set<UUID>> firms = db.sql("select firm_id from lead_share_firm where lead_id = :id")
                .bind("id", lead.id()).map(row -> row.get(0, UUID.class)).all().collect(java.util.stream.Collectors.toSet());
        Mono<Set<String>> categories = db.sql("select category from lead_share_category where lead_id = :id")
                .bind("id", lead.id()).map(row -> row.get(0, String.class)).all()
                .collect(java.util.stream.Collectors.toSet());
        return Mono.zip(firms, categories, lead::withShares);
    }

    Flux<Contact> contacts(UUID leadId) {
        return db.sql("select name, title, email, phone, wechat, whatsapp from lead_contact where lead_id = :id "
                        + "order by position")
                .bind("id", leadId)
                .map(row -> new Contact(row.get("name", String.class), row.get("title", String.class),
                        row.get("email", String.class), row.get("phone", String.class),
                        row.get("wechat", String.class), row.get("whatsapp", String.class)))
                .all();
    }

    /** Holds on these buyers now, each marked whether it is the given firm's. Never says whose otherwise. */
    Flux<Map.Entry<UUID, Hold>> holds(UUID firmId, Set<UUID> buyerIds, OffsetDateTime now) {
        if (buyerIds.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                        select s.buyer_id, s.category, upper(s.during) as until, c.firm_id = :firm as ours
                        from claim_scope s join claim c on c.id = s.claim_id
                        where s.buyer_id = any(:buyers) and s.held and s.during @> :now
                        order by s.category""")
                .bind("firm", firmId).bind("buyers", buyerIds.toArray(UUID[]::new)).bind("now", now)
                .map(row -> Map.entry(row.get("buyer_id", UUID.class), new Hold(row.get("category", String.class),
                        row.get("until", OffsetDateTime.class), Boolean.TRUE.equals(row.get("ours", Boolean.class)))))
                .all();
    }

    Mono<Void> insert(UUID id, UUID buyerId, Actor actor, LeadDraft d, @Nullable String webDomain,
            OffsetDateTime now) {
        return db.sql("""
                        insert into lead (id, buyer_id, owner_firm_id, created_by, company_name, normalised_name,
                            country, city, web_domain, estimated_value, currency, source, fair_id, notes, visibility,
                            created_at, updated_at)
                        values (:id, :buyer, :firm, :by, :name, :normalised, :country, :city, :domain, :value,
                            :currency, :source, :fair, :notes, :visibility, :now, :now)""")
                .bind("id", id).bind("buyer", buyerId).bind("firm", actor.firmId()).bind("by", actor.userId())
                .bind("normalised", BuyerNames.normalise(d.companyName()))
                .bind("domain", Parameter.fromOrEmpty(webDomain, String.class))
                .bind("now", now)
                .bindValues(fields(d))
                .then()
                .then(children(id, d));
    }

    /** The owner firm's (or staff's) edit of an unchanged version; empty when either does not hold. */
    Mono<Long> update(Actor actor, UUID id, long version, UUID buyerId, LeadDraft d, @Nullable String webDomain,
            OffsetDateTime now) {
        return db.sql("""
                        update lead set buyer_id = :buyer, company_name = :name, normalised_name = :normalised,
                            country = :country, city = :city, web_domain = :domain, estimated_value = :value,
                            currency = :currency, source = :source, fair_id = :fair, notes = :notes,
                            visibility = :visibility, updated_at = :now, version = version + 1
                        where id = :id and version = :version and (:staff or owner_firm_id = :firm)
                        returning version""")
                .bind("id", id).bind("version", version).bind("buyer", buyerId).bind("firm", actor.firmId())
                .bind("staff", actor.isStaff())
                .bind("normalised", BuyerNames.normalise(d.companyName()))
                .bind("domain", Parameter.fromOrEmpty(webDomain, String.class))
                .bind("now", now)
                .bindValues(fields(d))
                .map(row -> row.get(0, Long.class)).one()
                .flatMap(newVersion -> db.sql("delete from lead_category where lead_id = :id").bind("id", id).then()
                        .then(db.sql("delete from lead_contact where lead_id = :id").bind("id", id).then())
                        .then(db.sql("delete from lead_share_firm where lead_id = :id").bind("id", id).then())
                        .then(db.sql("delete from lead_share_category where lead_id = :id").bind("id", id).then())
                        .then(children(id, d))
                        .thenReturn(newVersion));
    }

    Mono<Boolean> exists(UUID id) {
        return db.sql("select 1 from lead where id = :id").bind("id", id).map(row -> true).one()
                .defaultIfEmpty(false);
    }

    private Mono<Void> children(UUID id, LeadDraft d) {
        String country = d.country();
        List<Mono<Void>> writes = new ArrayList<>();
        for (String category : d.categories()) {
            writes.add(db.sql("insert into lead_category (lead_id, category) values (:id, :c)")
                    .bind("id", id).bind("c", category).then());
        }
        for (int i = 0; i < d.contacts().size(); i++) {
            ContactDraft c = d.contacts().get(i);
            writes.add(db.sql("""
                            insert into lead_contact (id, lead_id, position, name, title, email, email_domain, phone,
                                wechat, whatsapp)
                            values (:cid, :id, :position, :name, :title, :email, :domain, :phone, :wechat, :whatsapp)""")
                    .bind("cid", UUID.randomUUID()).bind("id", id).bind("position", (short) i)
                    .bind("name", c.name()).bind("title", c.title() == null ? "" : c.title())
                    .bind("email", Parameter.fromOrEmpty(c.email(), String.class))
                    .bind("domain", Parameter.fromOrEmpty(
                            c.email() == null ? null : WebDomains.ofEmail(c.email()).orElse(null), String.class))
                    .bind("phone", Parameter.fromOrEmpty(e164(c.phone(), country), String.class))
                    .bind("wechat", Parameter.fromOrEmpty(c.wechat(), String.class))
                    .bind("whatsapp", Parameter.fromOrEmpty(e164(c.whatsapp(), country), String.class))
                    .then());
        }
        for (UUID firm : d.shareFirms()) {
            writes.add(db.sql("insert into lead_share_firm (lead_id, firm_id) values (:id, :firm)")
                    .bind("id", id).bind("firm", firm).then());
        }
        for (String category : d.shareCategories()) {
            writes.add(db.sql("insert into lead_share_category (lead_id, category) values (:id, :c)")
                    .bind("id", id).bind("c", category).then());
        }
        return Flux.concat(writes).then();
    }

    private static @Nullable String e164(@Nullable String phone, @Nullable String country) {
        return phone == null || country == null ? null : PhoneNumbers.e164(phone, country).orElse(null);
    }

    private static Map<String, Parameter> fields(LeadDraft d) {
        Map<String, Parameter> values = new LinkedHashMap<>();
        values.put("name", Parameter.from(d.companyName()));
        values.put("country", Parameter.from(d.country()));
        values.put("city", Parameter.from(d.city() == null ? "" : d.city()));
        values.put("value", Parameter.fromOrEmpty(d.estimatedValue(), BigDecimal.class));
        values.put("currency", Parameter.fromOrEmpty(d.currency(), String.class));
        values.put("source", Parameter.from(d.source().name()));
        values.put("fair", Parameter.fromOrEmpty(d.fairId(), UUID.class));
        values.put("notes", Parameter.from(d.notes() == null ? "" : d.notes()));
        values.put("visibility", Parameter.from(d.visibility().name()));
        return values;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Lead read(Readable row) {
        String[] categories = row.get("categories", String[].class);
        return new Lead(row.get("id", UUID.class), row.get("buyer_id", UUID.class),
                row.get("owner_firm_id", UUID.class), row.get("company_name", String.class),
                row.get("country", String.class), row.get("city", String.class), row.get("web_domain", String.class),
                categories == null ? List.of() : Arrays.asList(categories), row.get("estimated_value", BigDecimal.class),
                row.get("currency", String.class), LeadSource.valueOf(row.get("source", String.class)),
                row.get("fair_id", UUID.class), row.get("notes", String.class),
                Visibility.valueOf(row.get("visibility", String.class)), Set.of(), Set.of(),
                row.get("created_at", OffsetDateTime.class), row.get("version", Long.class));
    }

    /** How many of the firm's leads other members can see. */
    Mono<Long> countSharedBy(UUID firmId) {
        return db.sql("select count(*) from lead where owner_firm_id = :firm and visibility <> 'PRIVATE'")
                .bind("firm", firmId).map(row -> row.get(0, Long.class)).one();
    }
}
