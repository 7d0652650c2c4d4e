package org.exportalliance.portal.request.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working hours requests count in ({@code portal.requests.working-hours}, default {@code 09:00-17:30}), read and
 * checked at start-up: a portal with hours it cannot read does not start.
 */
@Configuration(proxyBeanMethods = false)
class WorkingTimeConfiguration {

    @Bean
    WorkingHours workingHours(@Value("${portal.requests.working-hours:09:00-17:30}") String hours) {
        try {
            return WorkingHours.parse(hours);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("portal.requests.working-hours: " + e.getMessage(), e);
        }
    }
}
