package org.exportalliance.portal.platform.observability;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes sign-ins and access decisions, but not each request's way through its filter chains.
 *
 * <p>That observation wraps every filter of a chain and records an event before and after each one. Vaadin's UI makes
 * an HTTP request per round trip (a grid confirming the rows it was sent, a click), so when a change reaches 200 open
 * catalogues their 200 confirmations ran that bookkeeping through about a dozen filters each: a sixth of the portal's
 * CPU in the fan-out (bench {@code live-fanout}, JFR). It fed no metric anyone reads: requests are measured by
 * {@code http_server_requests}, sign-ins and refusals by {@code spring_security_authentications} and
 * {@code spring_security_authorizations}, which stay.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }
}
