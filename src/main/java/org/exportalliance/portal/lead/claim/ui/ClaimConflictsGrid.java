package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.RecordedConflict;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.UiCalls;

/**
 * For staff: the conflicts detection found, newest first. Who ran into whose claim, on which path, for which buyer
 * and categories, and why the buyers matched. Members never see this; they get the blind signal.
 */
class ClaimConflictsGrid extends Grid<RecordedConflict> {

    ClaimConflictsGrid(ClaimService claims, Actor actor, Map<String, MachineCategory> taxonomy,
            Function<UUID, String> firmName, ZoneId zone) {
        Locale locale = getLocale();
        setId("claim-conflicts");
        addColumn(c -> Formats.dateTime(c.at(), zone, locale)).setHeader(getTranslation("claims.conflict.at"))
                .setAutoWidth(true).setFlexGrow(0).setKey("at");
        addColumn(c -> getTranslation("claims.conflict.origin." + c.origin()))
                .setHeader(getTranslation("claims.conflict.origin")).setAutoWidth(true).setFlexGrow(0)
                .setKey("origin");
        addColumn(c -> firmName.apply(c.firmId())).setHeader(getTranslation("claims.conflict.firm"))
                .setFlexGrow(2).setKey("firm");
        addColumn(c -> firmName.apply(c.holderFirmId())).setHeader(getTranslation("claims.conflict.holder"))
                .setFlexGrow(2).setKey("holder");
        addColumn(RecordedConflict::companyName).setHeader(getTranslation("claims.buyer")).setFlexGrow(2)
                .setKey("buyer");
        addColumn(c -> ClaimLabels.categories(c.categories(), taxonomy, locale))
                .setHeader(getTranslation("claims.categories")).setFlexGrow(2).setKey("categories");
        addColumn(c -> c.reasons().stream().map(r -> getTranslation("claims.conflict.reason." + r))
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("claims.conflict.reasons")).setFlexGrow(2).setKey("reasons");
        addColumn(c -> ClaimLabels.score(c.nameScore(), locale))
                .setHeader(getTranslation("claims.conflict.similarity")).setAutoWidth(true).setFlexGrow(0)
                .setKey("similarity");
        setItems(query -> UiCalls.fetch(claims.conflicts(actor, query.getOffset(), query.getLimit())));
        setEmptyStateText(getTranslation("claims.conflict.empty"));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
