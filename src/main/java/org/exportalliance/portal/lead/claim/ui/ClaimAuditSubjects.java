package org.exportalliance.portal.lead.claim.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Claims in the audit trail: the claimed buyer's name, the stage a move reached and the categories a claim covers in
 * words (the taxonomy's names).
 */
@Component
class ClaimAuditSubjects implements AuditSubjects {

    private final ClaimService claims;
    private final LeadService leads;
    private final MessageSource messages;
    /** The taxonomy as of the last page named: detail() answers at once, names() runs first for every page. */
    private volatile Map<String, MachineCategory> taxonomy = Map.of();

    ClaimAuditSubjects(ClaimService claims, LeadService leads, MessageSource messages) {
        this.claims = claims;
        this.leads = leads;
        this.messages = messages;
    }

    @Override
    public String type() {
        return ClaimService.TOPIC;
    }

    @Override
    public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
        return leads.categories().doOnNext(found -> taxonomy = found)
                .then(AuditSubjects.each(ids, id -> claims.find(reader, id).map(Claim::companyName)));
    }

    @Override
    public String detail(String action, String detail, Locale locale) {
        if (action.equals("claim.stage")) {
            return Arrays.stream(ClaimStage.values()).filter(s -> s.name().equals(detail)).findFirst()
                    .map(s -> messages.getMessage(s.messageKey(), null, detail, locale)).orElse(detail);
        }
        if (action.equals("claim.submitted")) {
            return ClaimLabels.categories(List.of(detail.split(",")), taxonomy, locale);
        }
        return detail;
    }
}
