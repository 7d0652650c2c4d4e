package org.exportalliance.portal.lead.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.lead.BuyerMatch;
import org.exportalliance.portal.lead.Hold;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Set-based SQL for matching an import's rows: every statement handles the whole file, so 10,000 rows cost a handful
 * of round trips, not tens of thousands. Matching follows {@code BuyerMatching} (the same joins and scores) for all
 * rows at once; it needs a transaction, because the rows are staged in a temporary table with a trigram index.
 */
@Repository
class ImportMatchRepository {

    /** A row's identity, staged: its index in the file, normalised name and country. */
    record Staged(int index, String name, String country) {}

    /** One known buyer one row matches, and how (as {@code BuyerMatching.candidates} scores it). */
    record Candidate(int index, BuyerMatch match) {}

    /** Two rows whose names are alike in the same country: {@code later} comes after {@code earlier}. */
    record Alike(int later, int earlier, double score) {}

    /** Another firm's claim held now on a buyer, for one category. */
    record HeldScope(UUID claimId, UUID buyerId, Hold hold) {}

    private final DatabaseClient db;

    ImportMatchRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Stages the rows for matching in this transaction: a temporary table with a trigram index that leads with the
     * country (btree_gin), so that a probe from another country ends at once and one from the same country reads only
     * its rows (held buyers against 10,000 rows: 5.5 s instead of 12.9 s against a million leads). The trigram
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
                .then(db.sql("create index on lead_import_row using gin (country, name gin_trgm_ops)").then())
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
     * Merges the buyer name index's pending list before the probes by name ({@link ImportNameProbes}): GIN keeps
     * recent insertions (a previous import's 10,000 buyers) in a list that every probe reads from end to end until a
     * vacuum merges it, which made the probes of the next import 10 to 20 times slower (measured). Merging costs a
     * fraction of a second. Only the index's owner may merge it (the portal's own database user); anyone else just
     * probes slower.
     */
    Mono<Void> mergePendingBuyerNames() {
        return db.sql("""
                        select gin_clean_pending_list(c.oid) from pg_class c
                        where c.oid = 'buyer_country_name_trgm'::regclass and pg_has_role(c.relowner, 'USAGE')""")
                .then();
    }

    /**
     * Known buyers with names at least {@link BuyerMatch#SAME_NAME} alike in the row's country, for the given rows:
     * one trigram probe each, about 3 ms against a million leads. Needs no staged table, so that
     * {@link ImportNameProbes} can run it on other connections.
     */
    Mono<List<NameHit>> sameNameHits(List<Staged> rows) {
        return threshold(BuyerMatch.SAME_NAME).then(indexScansOnly(db.sql("""
                        select u.idx, b.id
                        from unnest(cast(:idx as integer[]), cast(:name as text[]), cast(:country as text[]))
                                as u(idx, name, country)
                            join buyer b on b.country = u.country and b.normalised_name % u.name""")
                .bind("idx", rows.stream().map(Staged::index).toArray(Integer[]::new))
                .bind("name", rows.stream().map(Staged::name).toArray(String[]::new))
                .bind("country", rows.stream().map(Staged::country).toArray(String[]::new))
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
