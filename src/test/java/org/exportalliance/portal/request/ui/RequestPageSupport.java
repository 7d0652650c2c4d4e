package org.exportalliance.portal.request.ui;

import java.time.Duration;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.request.LabSamples;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.ServiceRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The requests' view tests: a fresh request filed through the service, and signing in as another demo user in the
 * middle of a test, so one test follows a request from the firm to staff to the unit and back.
 */
@Component
class RequestPageSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final RequestService requests;
    private final UserDetailsService users;

    RequestPageSupport(RequestService requests, @Qualifier("portalUserDetailsService") UserDetailsService users) {
        this.requests = requests;
        this.users = users;
    }

    /** The next views are opened by {@code username}, as if they had signed in. */
    void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    ServiceRequest file(Actor firm, String category, String title) {
        return requests.file(firm, new RequestDraft(category, title, "请协助办理。", Priority.NORMAL, null, null))
                .block(WAIT);
    }

    ServiceRequest labTest(Actor firm, String title) {
        return requests.file(firm, new RequestDraft("LAB_TEST", title, "发货前需要检测报告。", Priority.NORMAL, null,
                new LabSamples(3, "涤纶长丝 150D/48F", "GB/T 3916-2013"))).block(WAIT);
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
