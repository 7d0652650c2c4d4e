package org.exportalliance.portal.lead.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.importing.TrigramJoin.Named;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Set-based SQL for matching an import's rows: every statement handles the whole file, so 10,000 rows cost a handful
 * of round trips, not tens of thousands. Matching follows {@code BuyerMatching} (the same joins and scores) for all
 * rows at once; it needs a transaction, because the rows are staged in a temporary table.
 */
@Repository
class ImportMatchRepository {

    /** A row's identity, staged: its index in the file, normalised name and country. */
    record Staged(int index, String name, String country) {}

    /** One known buyer one row matches, and how (as {@code BuyerMatching.candidates} scores it). */
    record Candidate(int index, BuyerMatch match) {}

    /** Another firm's claim held now on a buyer, for one category. */
    record HeldScope(UUID claimId, UUID buyerId, Hold hold) {}

    private final DatabaseClient db;

    ImportMatchRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Stages the rows for matching in this transaction, as a temporary table. */
    Mono<Void> stage(List<Staged> rows) {
        return db.sql("drop table if exists pg_temp.lead_import_row").then()
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
                .then(db.sql("analyze lead_import_row").then());
    }

    /** The staged rows' names as trigram sets, for {@link TrigramJoin}. */
    Mono<List<Named<Integer>>> rowTrigrams() {
        return db.sql("select idx, country, show_trgm(name) as trigrams from lead_import_row")
                .map(row -> new Named<>(row.get("idx", Integer.class), row.get("country", String.class),
                        row.get("trigrams", String[].class)))
                .all().collectList();
    }

    /**
     * The buyers another firm holds now in the staged rows' countries, their names as trigram sets: a row at least
     * {@link BuyerMatch#SIMILAR_NAME} alike one of them conflicts ({@link TrigramJoin} finds which). Their number
     * follows the claims held, not the buyers known.
     */
    Mono<List<Named<UUID>>> heldTrigrams(UUID firmId, OffsetDateTime now) {
        return db.sql("""
                        select b.id, b.country, show_trgm(b.normalised_name) as trigrams from buyer b
                        where b.country in (select distinct country from lead_import_row)
                          and b.id in (select s.buyer_id from claim_scope s join claim c on c.id = s.claim_id
                                       where s.held and s.during @> :now and c.firm_id <> :firm)""")
                .bind("now", now).bind("firm", firmId)
                .map(row -> new Named<>(row.get("id", UUID.class), row.get("country", String.class),
                        row.get("trigrams", String[].class)))
                .all().collectList();
    }

    /**
     * Runs a matching statement with sequential scans off. Right after a bulk import the planner's statistics still
     * describe the smaller tables, and it would compare every row with every buyer (a nested loop over a sequential
     * scan: minutes for 10,000 rows, measured) instead of probing the indexes per row.
     */
    private <T> Mono<T> indexScansOnly(Mono<T> statement) {
        return db.sql("set local enable_seqscan = off").then()
                .then(statement)
                .flatMap(found -> db.sql("set local enable_seqscan = on").then().thenReturn(found));
    }

    /** Pairs of a staged row and a buyer whose names are alike: {@code index} with {@code buyerId}. */
    record NameHit(int index, UUID buyerId) {}

    /** The rows' company domains and phones: row indexes paired with values. */
    record ContactKeys(List<Integer> domainRows, List<String> domains, List<Integer> phoneRows, List<String> phones) {

        boolean isEmpty() {
            return domainRows.isEmpty() && phoneRows.isEmpty();
        }

        /** The common table expressions {@code d(idx, domain)} and {@code p(idx, phone)}, bound by {@link #bind}. */
        static final String TABLES = """
                d as (
                    select * from unnest(cast(:domainRows as integer[]), cast(:domains as text[])) as d(idx, domain)
                ), p as (
                    select * from unnest(cast(:phoneRows as integer[]), cast(:phones as text[])) as p(idx, phone)
                )""";

        GenericExecuteSpec bind(GenericExecuteSpec spec) {
            return spec.bind("domainRows", domainRows.toArray(Integer[]::new))
                    .bind("domains", domains.toArray(String[]::new))
                    .bind("phoneRows", phoneRows.toArray(Integer[]::new))
                    .bind("phones", phones.toArray(String[]::new));
        }
    }

    /**
     * The rows sharing a company domain or a phone with a known buyer's lead. Such a row joins one of those buyers
     * whatever the names say ({@link BuyerMatch#strongestFirst()} ranks a shared domain or phone above any name), so
     * it needs no probe by name.
     */
    Mono<List<Integer>> rowsMatchedByContact(ContactKeys keys) {
        if (keys.isEmpty()) {
            return Mono.just(List.of());
        }
        return keys.bind(db.sql("with " + ContactKeys.TABLES + """

                        select d.idx from d
                        where exists (select 1 from lead l where l.web_domain = d.domain)
                           or exists (select 1 from lead_contact c where c.email_domain = d.domain)
                        union
                        select p.idx from p
                        where exists (select 1 from lead_contact c where c.phone = p.phone)
                           or exists (select 1 from lead_contact c where c.whatsapp = p.phone)"""))
                .map(row -> row.get("idx", Integer.class))
                .all().collectList();
    }

    /**
     * Merges the pending lists of the buyer name indexes: the band keys' ({@link ImportNameProbes} probes it) and the
     * trigrams' ({@code BuyerMatching} probes it for every new lead and claim). GIN keeps recent insertions (a
     * previous import's 10,000 buyers) in a list that every probe reads from end to end until a vacuum merges it,
     * which made probes 10 to 20 times slower (measured); merging 10,000 buyers' keys takes about 2 s, so it runs in
     * the background after an import as well as before the next one's probes. Only the indexes' owner may merge them
     * (the portal's own database user); anyone else just probes slower.
     */
    Mono<Void> mergePendingBuyerNames() {
        return db.sql("""
                        select gin_clean_pending_list(c.oid) from pg_class c
                        where c.oid in ('buyer_country_name_trgm'::regclass, 'buyer_name_bands'::regclass)
                          and pg_has_role(c.relowner, 'USAGE')""")
                .then();
    }

    /**
     * Known buyers with names at least {@link BuyerMatch#SAME_NAME} alike in the row's country, for the given rows.
     * The buyers' MinHash band keys (V15) propose the candidates, {@code similarity()} decides: a GIN probe of a
     * row's 20 keys reads a handful of short posting lists, where a trigram probe read all the name's trigrams' lists
     * across all buyers (0.7 ms instead of 2.6 ms a row against a million leads, measured). A pair of names alike by
     * exactly 0.8 shares no band once in about 2,800 (V15). The candidates are a materialised CTE, so that the
     * country (already part of every key) filters afterwards: as a join condition the planner intersected the keys'
     * lists with the country's whole list (3 ms a row). Needs no staged table, so that {@link ImportNameProbes} can
     * run it on other connections.
     */
    Mono<List<NameHit>> sameNameHits(List<Staged> rows) {
        return indexScansOnly(db.sql("""
                        with candidate as materialized (
                            select u.idx, u.name, u.country, b.id, b.country as buyer_country, b.normalised_name
                            from unnest(cast(:idx as integer[]), cast(:name as text[]), cast(:country as text[]))
                                    as u(idx, name, country)
                                join buyer b on b.name_bands && buyer_name_bands(u.country, u.name)
                        )
                        select idx, id from candidate
                        where buyer_country = country and similarity(normalised_name, name) >= cast(:same as float8)""")
                .bind("idx", rows.stream().map(Staged::index).toArray(Integer[]::new))
                .bind("name", rows.stream().map(Staged::name).toArray(String[]::new))
                .bind("country", rows.stream().map(Staged::country).toArray(String[]::new))
                .bind("same", BuyerMatch.SAME_NAME)
                .map(row -> new NameHit(row.get("idx", Integer.class), row.get("id", UUID.class)))
                .all().collectList());
    }

    /**
     * The known buyers each staged row matches: by name (the hits found before), company domain or phone, scored
     * like {@code BuyerMatching.candidates} (the names' similarity, same country, same domain, same phone).
     */
    Mono<List<Candidate>> candidates(List<NameHit> names, ContactKeys keys) {
        return indexScansOnly(keys.bind(db.sql("""
                        with n as (
                            select * from unnest(cast(:nameRows as integer[]), cast(:nameBuyers as uuid[]))
                                as n(idx, id)
                        ), """ + ContactKeys.TABLES + """
                        , hits as (
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
                .bind("nameBuyers", names.stream().map(NameHit::buyerId).toArray(UUID[]::new)))
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
}
