package org.exportalliance.portal.lead.importing;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Set-based SQL for saving an import's rows: each statement writes a batch of rows through {@code unnest} of arrays.
 * Absent values travel as empty strings, which the statements turn back into NULL ({@code nullif}).
 */
@Repository
class ImportSaveRepository {

    /** A lead of a batch, as columns. */
    record NewLead(UUID id, UUID buyerId, String companyName, String normalisedName, String country, String city,
            @Nullable String webDomain, @Nullable String estimatedValue, @Nullable String currency, String source,
            String notes) {}

    record NewContact(UUID leadId, String name, String title, @Nullable String email, @Nullable String emailDomain,
            @Nullable String phone, @Nullable String wechat, @Nullable String whatsapp) {}

    record NewConflict(UUID leadId, UUID claimId, List<String> categories, List<String> reasons, double nameScore) {}

    private final DatabaseClient db;

    ImportSaveRepository(DatabaseClient db) {
        this.db = db;
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
