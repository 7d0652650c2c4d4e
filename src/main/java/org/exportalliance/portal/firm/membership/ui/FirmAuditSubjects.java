package org.exportalliance.portal.firm.membership.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.firm.FirmService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Member firms in the audit trail: the firm's name in the reader's language, opening its page in the register. */
@Component
class FirmAuditSubjects implements AuditSubjects {

    private final FirmService firms;

    FirmAuditSubjects(FirmService firms) {
        this.firms = firms;
    }

    @Override
    public String type() {
        return "firm";
    }

    @Override
    public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
        return firms.byId().map(all -> all.values().stream().filter(f -> ids.contains(f.id().toString()))
                .collect(Collectors.toMap(f -> f.id().toString(), f -> f.name(locale))));
    }

    @Override
    public Optional<String> location(String id) {
        return Optional.of("members/" + id);
    }
}
