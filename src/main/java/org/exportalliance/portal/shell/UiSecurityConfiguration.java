package org.exportalliance.portal.shell;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The browser side: form login through the Vaadin login view, sessions, and views denied unless annotated. The API
 * has its own stateless chain (platform.api), ordered before this one.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/error", "/styles/**", "/icons/**", "/favicon.ico").permitAll()
                // Public libraries served from the jar (ECharts for the insight charts); no data of ours.
                .requestMatchers("/webjars/**").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
