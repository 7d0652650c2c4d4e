package org.exportalliance.portal.fair.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.fair.FairService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Fairs in the audit trail: the fair's name in the reader's language, opening the fair's page. */
@Component
class FairAuditSubjects implements AuditSubjects {

    private final FairService fairs;

    FairAuditSubjects(FairService fairs) {
        this.fairs = fairs;
    }

    @Override
    public String type() {
        return FairService.TOPIC;
    }

    @Override
    public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
        return AuditSubjects.each(ids, id -> fairs.find(id).map(f -> f.name(locale)));
    }

    @Override
    public Optional<String> location(String id) {
        try {
            return Optional.of(FairView.location(UUID.fromString(id)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
