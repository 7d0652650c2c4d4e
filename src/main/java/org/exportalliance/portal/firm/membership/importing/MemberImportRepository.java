package org.exportalliance.portal.firm.membership.importing;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The register's side of an import's checks: which codes and names of a whole file are taken, in one query. */
@Repository
class MemberImportRepository {

    /** Credit codes (normalised) and names (lower case) that firms in the register have. */
    record Registered(Set<String> creditCodes, Set<String> namesZh, Set<String> namesEn) {}

    private final DatabaseClient db;

    MemberImportRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Of these codes and names (lower case), those the register holds, compared as enrolment compares them. */
    Mono<Registered> registered(Collection<String> codes, Collection<String> namesZh, Collection<String> namesEn) {
        Registered found = new Registered(new HashSet<>(), new HashSet<>(), new HashSet<>());
        if (codes.isEmpty() && namesZh.isEmpty() && namesEn.isEmpty()) {
            return Mono.just(found);
        }
        return db.sql("""
                        select 'code' as kind, credit_code as value from firm where credit_code = any(:codes)
                        union all
                        select 'zh', lower(name_zh) from firm where lower(name_zh) = any(:zh)
                        union all
                        select 'en', lower(name_en) from firm where lower(name_en) = any(:en)""")
                .bind("codes", codes.toArray(String[]::new))
                .bind("zh", namesZh.toArray(String[]::new))
                .bind("en", namesEn.toArray(String[]::new))
                .map(row -> new String[] {row.get("kind", String.class), row.get("value", String.class)})
                .all()
                .doOnNext(hit -> (switch (hit[0]) {
                    case "code" -> found.creditCodes();
                    case "zh" -> found.namesZh();
                    default -> found.namesEn();
                }).add(hit[1]))
                .then(Mono.fromSupplier(() -> found));
    }
}
