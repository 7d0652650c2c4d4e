package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimEvent;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A claim's full history, oldest first: when, what, the stage or end date it set, the note, and who. People are named
 * from the claim's firm (and, for staff, the association); anyone else on a firm's claim is staff.
 */
class ClaimHistoryDialog extends Dialog {

    final Grid<ClaimEvent> events = new Grid<>();

    ClaimHistoryDialog(Claim claim, ClaimService claims, AccountService accounts, Actor actor, ZoneId zone) {
        setId("claim-history-dialog");
        setHeaderTitle(getTranslation("claims.history.title", claim.companyName()));
        setWidth("min(60rem, 95vw)");
        Locale locale = getLocale();
        Map<UUID, String> names = new java.util.HashMap<>();
        events.setId("claim-history");
        events.addColumn(e -> Formats.dateTime(e.at(), zone, locale)).setHeader(getTranslation("claims.history.at"))
                .setAutoWidth(true).setFlexGrow(0).setKey("at");
        events.addColumn(e -> getTranslation("claims.event." + e.kind()))
                .setHeader(getTranslation("claims.history.kind"))
                .setAutoWidth(true).setFlexGrow(0).setKey("kind");
        events.addColumn(e -> e.stage() == null ? "" : getTranslation(e.stage().messageKey()))
                .setHeader(getTranslation("claims.stage")).setAutoWidth(true).setFlexGrow(0).setKey("stage");
        events.addColumn(e -> e.validUntil() == null ? "" : ClaimLabels.until(e.validUntil(), locale, zone))
                .setHeader(getTranslation("claims.valid-until")).setAutoWidth(true).setFlexGrow(0).setKey("until");
        events.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("claims.history.note"))
                .setFlexGrow(2).setKey("note").setTooltipGenerator(e -> e.note() == null ? "" : e.note());
        events.addColumn(e -> e.actorId() == null ? "" : names.getOrDefault(e.actorId(),
                        getTranslation("claims.history.staff")))
                .setHeader(getTranslation("claims.history.by")).setAutoWidth(true).setKey("by");
        events.setAllRowsVisible(true);
        add(events);
        getFooter().add(new Button(getTranslation("claims.close"), e -> close()));

        Flux<UserAccount> people = accounts.usersOfFirm(actor, claim.firmId());
        if (actor.isStaff() && !actor.firmId().equals(claim.firmId())) {
            people = people.concatWith(accounts.usersOfFirm(actor, actor.firmId()));
        }
        UiCalls.run(this, Mono.zip(claims.history(actor, claim.id()).collectList(),
                        people.collectMap(UserAccount::id, UserAccount::displayName)),
                loaded -> {
                    names.putAll(loaded.getT2());
                    events.setItems(loaded.getT1());
                }, refusal -> UiCalls.showRefusal(this, refusal));
    }

    List<ClaimEvent> shown() {
        return events.getGenericDataView().getItems().toList();
    }
}
