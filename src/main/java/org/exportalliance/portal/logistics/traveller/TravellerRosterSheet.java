package org.exportalliance.portal.logistics.traveller;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.export.RosterSheet;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Every traveller on the roster, passport numbers masked: the file travels by e-mail; staff reveal one on the page. */
@Component
class TravellerRosterSheet implements RosterSheet {

    private final TravellerService travellers;
    private final MessageSource messages;

    TravellerRosterSheet(TravellerService travellers, MessageSource messages) {
        this.travellers = travellers;
        this.messages = messages;
    }

    @Override
    public Mono<Table> sheet(Actor actor, UUID delegationId, Map<UUID, String> firmNames, Locale locale) {
        return travellers.list(actor, delegationId).collectList().map(list -> table(list, firmNames, locale));
    }

    private Table table(List<Traveller> list, Map<UUID, String> firmNames, Locale locale) {
        List<List<@Nullable Object>> rows = list.stream()
                .sorted(Comparator.comparing((Traveller t) -> firmNames.getOrDefault(t.firmId(), ""))
                        .thenComparing(Traveller::fullName))
                .map(t -> Table.row(firmNames.getOrDefault(t.firmId(), t.firmId().toString()), t.fullName(),
                        t.chineseName(), t.nationality(), t.dateOfBirth(), t.passportNumberMasked(),
                        t.passportExpiry(), t.passportExpiryWarning() ? text("export.yes", locale) : null, t.role(),
                        text("traveller.visa." + t.visaStatus().name(), locale)))
                .toList();
        return new Table(text("export.roster.travellers", locale), List.of(text("application.firm", locale),
                text("traveller.field.full-name", locale), text("traveller.field.chinese-name", locale),
                text("traveller.field.nationality", locale), text("traveller.field.birth", locale),
                text("traveller.field.passport-number", locale), text("traveller.field.passport-expiry", locale),
                text("export.expiry-warning", locale), text("traveller.field.role", locale),
                text("traveller.field.visa-status", locale)), rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
