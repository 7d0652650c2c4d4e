package org.exportalliance.portal.request.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Requests in the audit trail: "QH-000042 · 原产地证书" in place of an id, the status a step led to in words, and a
 * click opening the request's page.
 */
@Component
class RequestAuditSubjects implements AuditSubjects {

    private final RequestService requests;
    private final MessageSource messages;

    RequestAuditSubjects(RequestService requests, MessageSource messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    public String type() {
        return RequestService.TOPIC;
    }

    @Override
    public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
        return AuditSubjects.each(ids, id -> requests.find(reader, id).map(r -> r.reference() + " · " + r.title()));
    }

    /** A step is recorded with the status it led to ("QUEUED"). */
    @Override
    public String detail(String action, String detail, Locale locale) {
        for (RequestStatus status : RequestStatus.values()) {
            if (status.name().equals(detail)) {
                return messages.getMessage(status.messageKey(), null, detail, locale);
            }
        }
        return detail;
    }

    @Override
    public Optional<String> location(String id) {
        try {
            return Optional.of(RequestView.location(UUID.fromString(id)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
