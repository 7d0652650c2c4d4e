package org.exportalliance.portal.lead.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairNotFound;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadPage;
import org.exportalliance.portal.lead.LeadRow;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.platform.Workers;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet.Table;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Exports exactly the leads the actor may see under a filter, newest first, as .xlsx with headers in the reader's
 * language. The rows come through {@link LeadService#search} page by page (its visibility condition in the query), so
 * the export can show no more than the list does. Contacts are not exported: an export is not a reveal (that stays
 * one audited lead at a time). Other members' claims appear only as the blind signal. Every export is audited
 * ({@code lead.exported}: the row count and the filter, never lead data); text cells are guarded against formula
 * injection ({@link SafeText}).
 */
@Service
public class LeadExports {

    /** A file bigger than this is no longer a working list; narrow the filter. */
    public static final int MAX_ROWS = 50_000;
    private static final int PAGE = LeadPage.MAX_LIMIT;

    private final LeadService leads;
    private final FairService fairs;
    private final AuditService audit;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    LeadExports(LeadService leads, FairService fairs, AuditService audit, MessageSource messages, Clock clock) {
        this.leads = leads;
        this.fairs = fairs;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public Mono<LeadExport> export(Actor actor, LeadFilter filter, Locale locale) {
        return visible(actor, filter).collectList()
                .flatMap(rows -> rows.size() > MAX_ROWS ? Mono.error(new LeadExportTooLarge(MAX_ROWS))
                        : Mono.zip(leads.categories(), fairNames(rows, locale))
                                .flatMap(t -> audit.record(actor.userId(), "lead.exported", LeadService.TOPIC,
                                                UUID.randomUUID(), "rows=" + rows.size() + " " + describe(filter))
                                        .then(Workers.call(() -> new LeadExport(fileName(locale),
                                                        workbook(rows, actor, t.getT1(), t.getT2(), locale).toXlsx(),
                                                        rows.size())))));
    }

    /** Every visible lead under the filter, page after page along the list's keyset, one more than fits at most. */
    private Flux<LeadRow> visible(Actor actor, LeadFilter filter) {
        return leads.search(actor, filter, LeadPage.of(0, PAGE)).collectList()
                .expand(page -> page.size() < PAGE ? Mono.empty()
                        : leads.search(actor, filter, LeadPage.after(page.getLast().lead().createdAt(),
                                page.getLast().lead().id(), PAGE)).collectList())
                .flatMapIterable(page -> page)
                .take(MAX_ROWS + 1L);
    }

    private Mono<Map<UUID, String>> fairNames(List<LeadRow> rows, Locale locale) {
        Set<UUID> ids = rows.stream().map(r -> r.lead().fairId()).filter(Objects::nonNull).collect(Collectors.toSet());
        return Flux.fromIterable(ids)
                .concatMap(id -> fairs.find(id).onErrorResume(FairNotFound.class, e -> Mono.empty()))
                .collectMap(Fair::id, f -> f.name(locale));
    }

    /** The filter, for the audit trail: its parts, no lead data. */
    static String describe(LeadFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.country() != null) {
            parts.add("country=" + filter.country());
        }
        if (filter.category() != null) {
            parts.add("category=" + filter.category());
        }
        if (filter.source() != null) {
            parts.add("source=" + filter.source().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            parts.add("text=" + (text.length() > 60 ? text.substring(0, 60) : text));
        }
        if (filter.ownOnly()) {
            parts.add("own=true");
        }
        return parts.isEmpty() ? "filter=none" : "filter=" + String.join(";", parts);
    }

    private Spreadsheet workbook(List<LeadRow> rows, Actor actor, Map<String, MachineCategory> categories,
            Map<UUID, String> fairNames, Locale locale) {
        boolean chinese = PortalLocales.isChinese(locale);
        List<List<@Nullable Object>> cells = new ArrayList<>(rows.size());
        for (LeadRow row : rows) {
            Lead lead = row.lead();
            cells.add(Table.row(
                    SafeText.of(lead.companyName()),
                    SafeText.of(Locale.of("", lead.country()).getDisplayCountry(
                            chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)),
                    SafeText.of(lead.city()),
                    SafeText.of(lead.webDomain()),
                    SafeText.of(lead.categories().stream()
                            .map(code -> categories.containsKey(code) ? categories.get(code).name(locale) : code)
                            .collect(Collectors.joining(chinese ? "、" : ", "))),
                    lead.estimatedValue(),
                    SafeText.of(lead.currency()),
                    text(lead.source().messageKey(), locale),
                    lead.fairId() == null ? null : SafeText.of(fairNames.get(lead.fairId())),
                    text(lead.visibility().messageKey(), locale),
                    lead.ownedBy(actor.firmId()) ? text("lead.export.yes", locale) : null,
                    SafeText.of(registration(row.holds(), categories, locale)),
                    SafeText.of(lead.notes()),
                    lead.createdAt().atZoneSameInstant(zone).toLocalDate()));
        }
        List<String> header = List.of("company", "country", "city", "website", "categories", "value", "currency",
                "source", "fair", "visibility", "own", "registration", "notes", "created").stream()
                .map(column -> text("lead.export.column." + column, locale)).toList();
        return Spreadsheet.of(new Table(text("lead.export.sheet", locale), header, cells));
    }

    /** The holds on the buyer: the firm's own, and others' as the blind signal (categories and until, never who). */
    private @Nullable String registration(List<Hold> holds, Map<String, MachineCategory> categories, Locale locale) {
        if (holds.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (boolean ours : new boolean[] {true, false}) {
            List<Hold> these = holds.stream().filter(h -> h.ours() == ours).toList();
            if (!these.isEmpty()) {
                String names = these.stream().map(h -> categories.containsKey(h.category())
                        ? categories.get(h.category()).name(locale) : h.category()).distinct()
                        .collect(Collectors.joining(PortalLocales.isChinese(locale) ? "、" : ", "));
                LocalDate until = these.stream().map(h -> h.until().atZoneSameInstant(zone).toLocalDate())
                        .max(LocalDate::compareTo).orElseThrow();
                parts.add(text(ours ? "lead.export.held-by-us" : "lead.export.held-by-other", locale, names,
                        until.toString()));
            }
        }
        return String.join("; ", parts);
    }

    private String fileName(Locale locale) {
        return text("lead.export.file", locale, LocalDate.now(clock).toString());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
