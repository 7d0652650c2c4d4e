package org.exportalliance.portal.delegation.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.delegation.DelegationService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Delegations in the audit trail (their applications, booths, costs and logistics are recorded on the delegation):
 * the delegation's title in the reader's language, opening its page.
 */
@Component
class DelegationAuditSubjects implements AuditSubjects {

    private final DelegationService delegations;

    DelegationAuditSubjects(DelegationService delegations) {
        this.delegations = delegations;
    }

    @Override
    public String type() {
        return DelegationService.TOPIC;
    }

    @Override
    public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
        return AuditSubjects.each(ids, id -> delegations.find(id).map(d -> d.title(locale)));
    }

    @Override
    public Optional<String> location(String id) {
        return Optional.of("delegation/" + id);
    }
}
