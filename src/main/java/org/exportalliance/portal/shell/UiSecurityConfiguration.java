package org.exportalliance.portal.shell;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.exportalliance.portal.platform.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The browser side: form login through the Vaadin login view (passwords checked by {@link PortalSignIn}), sessions,
 * and views denied unless annotated. The API has its own stateless chain (platform.api), ordered before this one.
 *
 * <p>Sessions: signing in changes the session id (Spring Security's session-fixation protection, which Vaadin's
 * configurer leaves on; {@code SessionSecurityTest} proves it), signing out invalidates the session on the server,
 * an idle session ends after {@code server.servlet.session.timeout}, and any session after
 * {@code portal.session.absolute-timeout} ({@link SessionLifetime}).
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http, SignedInSessions signedIn) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/error", "/styles/**", "/icons/**", "/favicon.ico").permitAll()
                // Public libraries served from the jar (ECharts for the insight charts); no data of ours.
                .requestMatchers("/webjars/**").permitAll()
                // On the management port only (management.server.port); the main port has no /actuator.
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll());
        http.headers(SecurityHeaders.with(SecurityHeaders.UI_POLICY));
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // Set before Vaadin's configurer, which then keeps this failure handler instead of its plain "?error". The
        // login page is named here too: a form login without one would install Spring Security's generated page at
        // /login before Vaadin's configurer names the view.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler()));
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            var current = request.getSession(false);
            if (current != null) {
                signedIn.signedOut(current);
            }
        }));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Back to the login page, saying why: a wrong password, a locked name, a limited address, or a busy service. */
    static AuthenticationFailureHandler failureHandler() {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, failure) -> {
            String reason = switch (failure) {
                case LockedException locked -> "=" + LoginView.LOCKED;
                case PortalSignIn.AddressLimited limited -> "=" + LoginView.LIMITED;
                case InternalAuthenticationServiceException busy -> "=" + LoginView.BUSY;
                default -> "";
            };
            redirect.sendRedirect(request, response, "/login?error" + reason);
        };
    }
}
