package org.exportalliance.portal.request.setup.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditSubjects;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.setup.CategorySetup;
import org.exportalliance.portal.request.setup.UnitSetup;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Categories and units in the audit trail: by their names in the reader's language (names are alliance-public: the
 * filing form and the request pages show them), an SLA change's priority in words, opening the setup page.
 */
@Configuration(proxyBeanMethods = false)
class SetupAuditSubjects {

    static final String LOCATION = "requests/setup";

    @Bean
    AuditSubjects requestCategorySubjects(RequestService requests, MessageSource messages) {
        return new AuditSubjects() {
            @Override
            public String type() {
                return CategorySetup.TOPIC;
            }

            @Override
            public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
                return requests.allCategories().filter(c -> ids.contains(c.code()))
                        .collectMap(RequestCategory::code, c -> c.name(locale));
            }

            /** An SLA change is recorded as "HIGH 60/120/1020" (working minutes): the priority becomes its label. */
            @Override
            public String detail(String action, String detail, Locale locale) {
                for (Priority priority : Priority.values()) {
                    if (detail.startsWith(priority.name() + " ")) {
                        return messages.getMessage(priority.messageKey(), null, priority.name(), locale)
                                + detail.substring(priority.name().length());
                    }
                }
                return detail;
            }

            @Override
            public Optional<String> location(String id) {
                return Optional.of(LOCATION);
            }
        };
    }

    @Bean
    AuditSubjects responderUnitSubjects(Responders responders) {
        return new AuditSubjects() {
            @Override
            public String type() {
                return UnitSetup.TOPIC;
            }

            @Override
            public Mono<Map<String, String>> names(Actor reader, Set<String> ids, Locale locale) {
                return responders.all().filter(u -> ids.contains(u.id().toString()))
                        .collectMap(u -> u.id().toString(), (ResponderUnit u) -> u.name(locale));
            }

            @Override
            public Optional<String> location(String id) {
                return Optional.of(LOCATION);
            }
        };
    }
}
