package org.exportalliance.portal.lead.importing;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.Hold;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Set-based SQL for imports: every statement handles a whole file or a batch of rows through {@code unnest} of
 * arrays, so 10,000 rows cost a few dozen round trips, not tens of thousands. Matching follows
 * {@code BuyerMatching} (the same joins and scores) for all rows at once; it needs a transaction, because the rows
 * are staged in a temporary table with a trigram index. Absent values travel as empty strings ({@code nullif}).
 */
@Repository
class LeadImportRepository {

    /** A row's identity, staged: its index in the file, normalised name and country. */
    record Staged(int index, String name, String country) {}

    /** One known buyer one row matches, and how (as {@code BuyerMatching.candidates} scores it). */
    record Candidate(int index, BuyerMatch match) {}

    /** Two rows whose names are alike in the same country: {@code later} comes after {@code earlier}. */
    record Alike(int later, int earlier, double score) {}

    /** Another firm's claim held now on a buyer, for one category. */
    record HeldScope(UUID claimId, UUID buyerId, Hold hold) {}

    /** A lead of a batch, as columns. */
    record NewLead(UUID id, UUID buyerId, String companyName, String normalisedName, String country, String city,
            @Nullable String webDomain, @Nullable String estimatedValue, @Nullable String currency, String source,
            String notes) {}

    record NewContact(UUID leadId, String name, String title, @Nullable String email, @Nullable String emailDomain,
            @Nullable String phone, @Nullable String wechat, @Nullable String whatsapp) {}

    record NewConflict(UUID leadId, UUID claimId, List<String> categories, List<String> reasons, double nameScore) {}

    private final DatabaseClient db;

    LeadImportRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stages the rows for matching in this transaction: a temporary table with a trigram index. The trigram
     * operator's threshold is set to {@link BuyerMatch#SAME_NAME} for this transaction: a name that close is needed
     * to be the same buyer, and a probe at a high threshold costs a fraction of one at pg_trgm's default (measured:
     * 1 ms instead of 7 ms per row against 200,000 buyers). Looser names matter only for conflicts, and are compared
     * with the few buyers other firms hold ({@link #heldNameHits}).
     */
    Mono<Void> stage(List<Staged> rows) {
        return threshold(BuyerMatch.SAME_NAME)
                .then(db.sql("drop table if exists pg_temp.lead_import_row").then())
                .then(db.sql("""
                        create temporary table lead_import_row (
                            idx integer primary key, name text not null, country text not null) on commit drop""")
                        .then())
                .then(db.sql("""
                                insert into lead_import_row (idx, name, country)
                                select * from unnest(cast(:idx as integer[]), cast(:name as text[]),
                                                     cast(:country as text[]))""")
                        .bind("idx", rows.stream().map(Staged::index).toArray(Integer[]::new))
                        .bind("name", rows.stream().map(Staged::name).toArray(String[]::new))
                        .bind("country", rows.stream().map(Staged::country).toArray(String[]::new))
                        .then())
                .then(db.sql("create index on lead_import_row using gin (name gin_trgm_ops)").then())
                .then(db.sql("analyze lead_import_row").then());
    }

    /**
     * Staged rows alike enough to be matched by name: each later row with every earlier one in its country.
     */
    Mono<List<Alike>> alikeRows() {
        return indexScansOnly(db.sql("""
                        select a.idx as later, b.idx as earlier, similarity(a.name, b.name) as score
                        from lead_import_row a join lead_import_row b
                          on b.country = a.country and b.name % a.name and b.idx < a.idx""")
                .map(row -> new Alike(row.get("later", Integer.class), row.get("earlier", Integer.class),
                        row.get("score", Float.class)))
                .all().collectList());
    }

    /**
     * Runs a matching statement with sequential scans off. Right after a bulk import the planner's statistics still
     * describe the smaller tables, and it would compare every row with every buyer (a nested loop over a sequential
     * scan: minutes for 10,000 rows, measured) instead of probing the trigram index per row.
     */
    private <T> Mono<T> indexScansOnly(Mono<T> statement) {
        return db.sql("set local enable_seqscan = off").then()
                .then(statement)
                .flatMap(found -> db.sql("set local enable_seqscan = on").then().thenReturn(found));
    }

    /** Pairs of a staged row and a buyer whose names are alike: {@code index} with {@code buyerId}. */
    record NameHit(int index, UUID buyerId) {}

    /**
     * Known buyers with names at least {@link BuyerMatch#SAME_NAME} alike in the row's country: one probe per row.
     * The buyer name index first takes in its pending list: GIN keeps recent insertions (a previous import's 10,000
     * buyers) in a list that every probe reads from end to end until a vacuum merges it, which made the probes of
     * the next import 10 to 20 times slower (measured). Merging costs a fraction of a second.
     */
    Mono<List<NameHit>> sameNameHits() {
        // Only the index's owner may merge it (the portal's own database user); anyone else just probes slower.
        return db.sql("""
                        select gin_clean_pending_list(c.oid) from pg_class c
                        where c.oid = 'buyer_country_name_trgm'::regclass and pg_has_role(c.relowner, 'USAGE')""").then()
                .then(indexScansOnly(db.sql("""
                        select t.idx, b.id from lead_import_row t
                            join buyer b on b.country = t.country and b.normalised_name % t.name""")
                .map(row -> new NameHit(row.get("idx", Integer.class), row.get("id", UUID.class)))
                .all().collectList()));
    }

    /**
     * Buyers another firm holds now whose names are at least {@link BuyerMatch#SIMILAR_NAME} alike a row's, in its
     * country: a conflict needs no more. Each held buyer probes the staged rows' index, so the cost follows the number
     * of claims, not of buyers. Leaves the threshold at SIMILAR_NAME.
     */
    Mono<List<NameHit>> heldNameHits(UUID firmId, OffsetDateTime now) {
        return threshold(BuyerMatch.SIMILAR_NAME).then(indexScansOnly(db.sql("""
                        with held as (
                            select distinct b.id, b.normalised_name, b.country
                            from claim_scope s join claim c on c.id = s.claim_id join buyer b on b.id = s.buyer_id
                            where s.held and s.during @> :now and c.firm_id <> :firm
                        )
                        select t.idx, h.id from held h
                            join lead_import_row t on t.country = h.country and t.name % h.normalised_name""")
                .bind("now", now).bind("firm", firmId)
                .map(row -> new NameHit(row.get("idx", Integer.class), row.get("id", UUID.class)))
                .all().collectList()));
    }

    private Mono<Void> threshold(double threshold) {
        return db.sql("set local pg_trgm.similarity_threshold = " + threshold).then();
    }

    /**
     * The known buyers each staged row matches: by name (the hits found before), company domain or phone, scored
     * like {@code BuyerMatching.candidates} (the names' similarity, same country, same domain, same phone).
     * {@code domains} and {@code phones} pair row indexes with values.
     */
    Mono<List<Candidate>> candidates(List<NameHit> names, List<Integer> domainRows, List<String> domains,
            List<Integer> phoneRows, List<String> phones) {
        return indexScansOnly(db.sql("""
                        with n as (
                            select * from unnest(cast(:nameRows as integer[]), cast(:nameBuyers as uuid[]))
                                as n(idx, id)
                        ), d as (
                            select * from unnest(cast(:domainRows as integer[]), cast(:domains as text[]))
                                as d(idx, domain)
                        ), p as (
                            select * from unnest(cast(:phoneRows as integer[]), cast(:phones as text[]))
                                as p(idx, phone)
                        ), hits as (
                            select n.idx, n.id, 'N' as how from n
                            union all
                            select d.idx, l.buyer_id, 'D' from d join lead l on l.web_domain = d.domain
                            union all
                            select d.idx, l.buyer_id, 'D' from d join lead_contact c on c.email_domain = d.domain
                                join lead l on l.id = c.lead_id
                            union all
                            select p.idx, l.buyer_id, 'P' from p join lead_contact c on c.phone = p.phone
                                join lead l on l.id = c.lead_id
                            union all
                            select p.idx, l.buyer_id, 'P' from p join lead_contact c on c.whatsapp = p.phone
                                join lead l on l.id = c.lead_id
                        ), matched as (
                            select idx, id, bool_or(how = 'D') as domain, bool_or(how = 'P') as phone
                            from hits group by idx, id
                        )
                        select m.idx, b.id, similarity(b.normalised_name, t.name) as score,
                               b.country = t.country as country, m.domain, m.phone
                        from matched m join lead_import_row t on t.idx = m.idx join buyer b on b.id = m.id""")
                .bind("nameRows", names.stream().map(NameHit::index).toArray(Integer[]::new))
                .bind("nameBuyers", names.stream().map(NameHit::buyerId).toArray(UUID[]::new))
                .bind("domainRows", domainRows.toArray(Integer[]::new))
                .bind("domains", domains.toArray(String[]::new))
                .bind("phoneRows", phoneRows.toArray(Integer[]::new))
                .bind("phones", phones.toArray(String[]::new))
                .map(row -> new Candidate(row.get("idx", Integer.class), new BuyerMatch(row.get("id", UUID.class),
                        row.get("score", Float.class), Boolean.TRUE.equals(row.get("country", Boolean.class)),
                        Boolean.TRUE.equals(row.get("domain", Boolean.class)),
                        Boolean.TRUE.equals(row.get("phone", Boolean.class)))))
                .all().collectList());
    }

    /** Other firms' claims held now on these buyers, per category (as {@code BuyerMatching} reads them). */
    Mono<List<HeldScope>> heldByOthers(Set<UUID> buyers, UUID firmId, OffsetDateTime now) {
        if (buyers.isEmpty()) {
            return Mono.just(List.of());
        }
        return db.sql("""
                        select s.claim_id, s.buyer_id, s.category, upper(s.during) as until
                        from claim_scope s join claim c on c.id = s.claim_id
                        where s.buyer_id = any(:buyers) and s.held and s.during @> :now and c.firm_id <> :firm
                        order by s.category""")
                .bind("buyers", buyers.toArray(UUID[]::new)).bind("firm", firmId).bind("now", now)
                .map(row -> new HeldScope(row.get("claim_id", UUID.class), row.get("buyer_id", UUID.class),
                        new Hold(row.get("category", String.class), row.get("until", OffsetDateTime.class), false)))
                .all().collectList();
    }

    Mono<Void> insertBuyers(List<UUID> ids, List<String> names, List<String> countries, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into buyer (id, normalised_name, country, created_at)
                        select u.id, u.name, u.country, :now
                        from unnest(cast(:ids as uuid[]), cast(:names as text[]), cast(:countries as text[]))
                            as u(id, name, country)""")
                .bind("ids", ids.toArray(UUID[]::new)).bind("names", names.toArray(String[]::new))
                .bind("countries", countries.toArray(String[]::new)).bind("now", now)
                .then();
    }

    Mono<Void> insertLeads(Actor actor, List<NewLead> leads, @Nullable UUID fairId, String visibility,
            OffsetDateTime now) {
        return db.sql("""
                        insert into lead (id, buyer_id, owner_firm_id, created_by, company_name, normalised_name,
                            country, city, web_domain, estimated_value, currency, source, fair_id, notes, visibility,
                            created_at, updated_at)
                        select u.id, u.buyer, :firm, :by, u.name, u.normalised, u.country, u.city,
                               nullif(u.domain, ''), cast(nullif(u.value, '') as numeric), nullif(u.currency, ''),
                               u.source, cast(nullif(:fair, '') as uuid), u.notes, :visibility, :now, :now
                        from unnest(cast(:ids as uuid[]), cast(:buyers as uuid[]), cast(:names as text[]),
                                    cast(:normalised as text[]), cast(:countries as text[]), cast(:cities as text[]),
                                    cast(:domains as text[]), cast(:values as text[]), cast(:currencies as text[]),
                                    cast(:sources as text[]), cast(:notes as text[]))
                            as u(id, buyer, name, normalised, country, city, domain, value, currency, source, notes)""")
                .bind("firm", actor.firmId()).bind("by", actor.userId())
                .bind("fair", fairId == null ? "" : fairId.toString())
                .bind("visibility", visibility).bind("now", now)
                .bind("ids", leads.stream().map(NewLead::id).toArray(UUID[]::new))
                .bind("buyers", leads.stream().map(NewLead::buyerId).toArray(UUID[]::new))
                .bind("names", texts(leads.stream().map(NewLead::companyName).toList()))
                .bind("normalised", texts(leads.stream().map(NewLead::normalisedName).toList()))
                .bind("countries", texts(leads.stream().map(NewLead::country).toList()))
                .bind("cities", texts(leads.stream().map(NewLead::city).toList()))
                .bind("domains", texts(leads.stream().map(NewLead::webDomain).toList()))
                .bind("values", texts(leads.stream().map(NewLead::estimatedValue).toList()))
                .bind("currencies", texts(leads.stream().map(NewLead::currency).toList()))
                .bind("sources", texts(leads.stream().map(NewLead::source).toList()))
                .bind("notes", texts(leads.stream().map(NewLead::notes).toList()))
                .then();
    }

    Mono<Void> insertCategories(List<UUID> leadIds, List<String> categories) {
        return db.sql("""
                        insert into lead_category (lead_id, category)
                        select * from unnest(cast(:leads as uuid[]), cast(:categories as text[]))""")
                .bind("leads", leadIds.toArray(UUID[]::new)).bind("categories", categories.toArray(String[]::new))
                .then();
    }

    Mono<Void> insertContacts(List<NewContact> contacts) {
        if (contacts.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into lead_contact (id, lead_id, position, name, title, email, email_domain, phone,
                            wechat, whatsapp)
                        select gen_random_uuid(), u.lead, 0, u.name, u.title, nullif(u.email, ''),
                               nullif(u.domain, ''), nullif(u.phone, ''), nullif(u.wechat, ''), nullif(u.whatsapp, '')
                        from unnest(cast(:leads as uuid[]), cast(:names as text[]), cast(:titles as text[]),
                                    cast(:emails as text[]), cast(:domains as text[]), cast(:phones as text[]),
                                    cast(:wechats as text[]), cast(:whatsapps as text[]))
                            as u(lead, name, title, email, domain, phone, wechat, whatsapp)""")
                .bind("leads", contacts.stream().map(NewContact::leadId).toArray(UUID[]::new))
                .bind("names", texts(contacts.stream().map(NewContact::name).toList()))
                .bind("titles", texts(contacts.stream().map(NewContact::title).toList()))
                .bind("emails", texts(contacts.stream().map(NewContact::email).toList()))
                .bind("domains", texts(contacts.stream().map(NewContact::emailDomain).toList()))
                .bind("phones", texts(contacts.stream().map(NewContact::phone).toList()))
                .bind("wechats", texts(contacts.stream().map(NewContact::wechat).toList()))
                .bind("whatsapps", texts(contacts.stream().map(NewContact::whatsapp).toList()))
                .then();
    }

    Mono<Void> insertShares(List<UUID> leadIds, Set<UUID> firms, Set<String> categories) {
        UUID[] leads = leadIds.toArray(UUID[]::new);
        Mono<Void> byFirm = firms.isEmpty() ? Mono.empty() : db.sql("""
                        insert into lead_share_firm (lead_id, firm_id)
                        select l, f from unnest(cast(:leads as uuid[])) l cross join unnest(cast(:firms as uuid[])) f""")
                .bind("leads", leads).bind("firms", firms.toArray(UUID[]::new)).then();
        Mono<Void> byCategory = categories.isEmpty() ? Mono.empty() : db.sql("""
                        insert into lead_share_category (lead_id, category)
                        select l, c from unnest(cast(:leads as uuid[])) l
                            cross join unnest(cast(:categories as text[])) c""")
                .bind("leads", leads).bind("categories", categories.toArray(String[]::new)).then();
        return byFirm.then(byCategory);
    }

    /** Conflicts for staff, origin IMPORT, as {@code BuyerMatching.record} writes them one by one. */
    Mono<Void> insertConflicts(Actor actor, List<NewConflict> conflicts, OffsetDateTime now) {
        if (conflicts.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into lead_conflict (at, origin, firm_id, actor_id, lead_id, claim_id, categories,
                            reasons, name_score)
                        select :now, 'IMPORT', :firm, :actor, u.lead, u.claim, string_to_array(u.categories, ','),
                               string_to_array(u.reasons, ','), u.score
                        from unnest(cast(:leads as uuid[]), cast(:claims as uuid[]), cast(:categories as text[]),
                                    cast(:reasons as text[]), cast(:scores as real[]))
                            as u(lead, claim, categories, reasons, score)""")
                .bind("now", now).bind("firm", actor.firmId()).bind("actor", actor.userId())
                .bind("leads", conflicts.stream().map(NewConflict::leadId).toArray(UUID[]::new))
                .bind("claims", conflicts.stream().map(NewConflict::claimId).toArray(UUID[]::new))
                .bind("categories", conflicts.stream().map(c -> String.join(",", c.categories()))
                        .toArray(String[]::new))
                .bind("reasons", conflicts.stream().map(c -> String.join(",", c.reasons())).toArray(String[]::new))
                .bind("scores", conflicts.stream().map(c -> (float) c.nameScore()).toArray(Float[]::new))
                .then();
    }

    /** Absent values as empty strings, which the statements turn back into NULL. */
    private static String[] texts(Collection<@Nullable String> values) {
        return values.stream().map(v -> v == null ? "" : v).toArray(String[]::new);
    }
}
