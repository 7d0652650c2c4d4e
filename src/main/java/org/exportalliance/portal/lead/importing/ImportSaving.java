package org.exportalliance.portal.lead.importing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.lead.BuyerIdentity;
import org.exportalliance.portal.lead.Conflict;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.PhoneNumbers;
import org.exportalliance.portal.lead.WebDomains;
import org.exportalliance.portal.lead.importing.ImportMatching.Analysis;
import org.exportalliance.portal.lead.importing.ImportMatching.Checked;
import org.exportalliance.portal.lead.importing.ImportSaveRepository.NewConflict;
import org.exportalliance.portal.lead.importing.ImportSaveRepository.NewContact;
import org.exportalliance.portal.lead.importing.ImportSaveRepository.NewLead;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Saves the rows of a checked file that can be saved, in batches, in the caller's transaction: a new buyer for every
 * row that joins none, the lead with its categories, contact and shares, the conflicts for staff (origin IMPORT), a
 * live event per new lead, and one audit entry {@code lead.imported} for the whole file.
 */
@Component
class ImportSaving {

    /** Rows per set of statements: big enough that round trips vanish, small enough for steady progress. */
    static final int BATCH = 500;

    private final ImportSaveRepository repository;
    private final AuditService audit;
    private final LiveEvents live;

    ImportSaving(ImportSaveRepository repository, AuditService audit, LiveEvents live) {
        this.repository = repository;
        this.audit = audit;
        this.live = live;
    }

    /** Emits SAVING after each batch; hands the result to {@code done} before the audit entry is written. */
    Flux<ImportProgress> save(Actor actor, UUID importId, ImportMode mode, ImportSettings settings,
            Analysis analysis, OffsetDateTime now, Consumer<ImportResult> done) {
        List<Checked> saving = analysis.rows().stream()
                .filter(c -> c.problems().isEmpty() && c.duplicateOf() == null).toList();
        Map<Checked, UUID> leadIds = new IdentityHashMap<>();
        saving.forEach(c -> leadIds.put(c, UUID.randomUUID()));
        AtomicInteger saved = new AtomicInteger();
        Mono<ImportProgress> finish = Mono.defer(() -> {
            ImportReport report = new ImportReport(analysis.rows().stream()
                    .map(c -> leadIds.containsKey(c) ? c.report().imported(leadIds.get(c)) : c.report()).toList());
            ImportResult r = new ImportResult(importId, mode, report);
            done.accept(r);
            return r.imported() == 0 ? Mono.empty()
                    : audit.record(actor.userId(), "lead.imported", LeadService.TOPIC, importId,
                            "rows=" + r.imported() + " skipped=" + r.skipped() + " conflicts=" + r.conflicted()
                                    + " mode=" + mode + " visibility=" + settings.visibility());
        }).then(Mono.empty());
        return Flux.fromIterable(saving).buffer(BATCH)
                .concatMap(batch -> saveBatch(actor, settings, batch, leadIds, now)
                        .then(Mono.fromSupplier(() -> ImportProgress.saving(saved.addAndGet(batch.size()),
                                saving.size()))))
                .concatWith(finish);
    }

    private Mono<Void> saveBatch(Actor actor, ImportSettings settings, List<Checked> batch,
            Map<Checked, UUID> leadIds, OffsetDateTime now) {
        Batch b = new Batch();
        batch.forEach(c -> b.add(c, leadIds.get(c)));
        List<UUID> ids = b.leads.stream().map(NewLead::id).toList();
        return repository.insertBuyers(b.newBuyers, b.newNames, b.newCountries, now)
                .then(repository.insertLeads(actor, b.leads, settings.fairId(), settings.visibility().name(), now))
                .then(repository.insertCategories(b.categoryLeads, b.categories))
                .then(repository.insertContacts(b.contacts))
                .then(repository.insertShares(ids, settings.shareFirms(), settings.shareCategories()))
                .then(repository.insertConflicts(actor, b.conflicts, now))
                .then(live.publishAll(LeadService.TOPIC, ids));
    }

    /** A batch's rows as the columns the statements take. */
    private static final class Batch {
        final List<UUID> newBuyers = new ArrayList<>();
        final List<String> newNames = new ArrayList<>();
        final List<String> newCountries = new ArrayList<>();
        final List<NewLead> leads = new ArrayList<>();
        final List<UUID> categoryLeads = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
        final List<NewContact> contacts = new ArrayList<>();
        final List<NewConflict> conflicts = new ArrayList<>();

        void add(Checked c, UUID leadId) {
            LeadDraft d = c.drafted().draft();
            BuyerIdentity identity = Objects.requireNonNull(c.identity());
            String country = identity.country();
            UUID buyer = c.knownBuyer();
            if (buyer == null) {
                buyer = UUID.randomUUID();
                newBuyers.add(buyer);
                newNames.add(identity.normalisedName());
                newCountries.add(country);
            }
            leads.add(new NewLead(leadId, buyer, Objects.requireNonNull(d.companyName()),
                    identity.normalisedName(), country, d.city() == null ? "" : d.city(),
                    d.website() == null ? null : WebDomains.ofWebsite(d.website()).orElse(null),
                    d.estimatedValue() == null ? null : d.estimatedValue().toPlainString(), d.currency(),
                    Objects.requireNonNull(d.source()).name(), d.notes() == null ? "" : d.notes()));
            for (String category : d.categories()) {
                categoryLeads.add(leadId);
                categories.add(category);
            }
            for (ContactDraft contact : d.contacts()) {
                contacts.add(new NewContact(leadId, Objects.requireNonNull(contact.name()),
                        contact.title() == null ? "" : contact.title(), contact.email(),
                        contact.email() == null ? null : WebDomains.ofEmail(contact.email()).orElse(null),
                        e164(contact.phone(), country), contact.wechat(), e164(contact.whatsapp(), country)));
            }
            for (Conflict conflict : c.conflicts()) {
                List<String> reasons = conflict.match().reasons();
                conflicts.add(new NewConflict(leadId, conflict.claimId(), List.copyOf(conflict.categories()),
                        reasons.isEmpty() ? List.of("SAME_BUYER") : reasons, conflict.match().nameScore()));
            }
        }

        private static @Nullable String e164(@Nullable String phone, String country) {
            return phone == null ? null : PhoneNumbers.e164(phone, country).orElse(null);
        }
    }
}
