package org.exportalliance.portal.lead.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Leads in the audit trail: the buyer company's name, and the visibility a change left in words. */
@Component
class LeadAuditSubjects implements AuditSubjects {

    private final LeadService leads;
    private final MessageSource messages;

    LeadAuditSubjects(LeadService leads, MessageSource messages) {
        this.leads = leads;
        this.messages = messages;
    }

    @Override
    public String type() {
        return LeadService.TOPIC;
    }

    @Override
    public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
        return AuditSubjects.each(ids, id -> leads.find(reader, id).map(row -> row.lead().companyName()));
    }

    @Override
    public String detail(String action, String detail, Locale locale) {
        return Arrays.stream(Visibility.values()).filter(v -> v.name().equals(detail)).findFirst()
                .map(v -> messages.getMessage(v.messageKey(), null, detail, locale)).orElse(detail);
    }
}
