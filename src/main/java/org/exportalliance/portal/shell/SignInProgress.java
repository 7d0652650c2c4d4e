package org.exportalliance.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.time.Duration;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Moves a sign-in on once a step's page is done (a code accepted, a password set, a second factor enrolled): reads
 * the account again, works out the next {@link SignInStage}, and puts a new authentication into the session under a
 * new session id. The page then reloads into the next step, or into the portal once the sign-in is complete, which
 * is when the session's row opens.
 */
@Component
public class SignInProgress {

    private final AccountService accounts;
    private final SignedInSessions sessions;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInProgress(AccountService accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Called by a step's page once its step is done, on the request of the click (not from a background task: the
     * session id changes, which needs the request); {@code factorVerified} after a code.
     */
    public void stepDone(PortalUser current, boolean factorVerified) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            throw new IllegalStateException("a sign-in step moves on from the request of the click that ended it");
        }
        UserAccount account = accounts.findById(current.account().id()).block(Duration.ofSeconds(10));
        if (account == null || !accounts.maySignIn(account)) {
            SecurityContextHolder.clearContext();
            UI.getCurrent().getPage().setLocation("login?signed-out");
            return;
        }
        boolean verified = factorVerified || current.factorVerified();
        PortalUser next = new PortalUser(account, true, SignInStage.next(account, verified), verified);
        // A new session id for the raised authentication, as Spring Security's changeSessionId strategy does at a
        // sign-in: the same session (and Vaadin's state in it) under a new id. Vaadin's reinitializeSession would copy
        // the session in the middle of the UI's own request, and the page never heard back.
        request.getHttpServletRequest().changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(next, null,
                next.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        if (next.complete()) {
            UiSignInEvents.opened(sessions, request.getHttpServletRequest(), next);
        }
        // Relative to the page's base (the portal's root): "./" is the start page; "" would mean this very page.
        UI.getCurrent().getPage().setLocation(next.complete() ? "./" : next.stage().path());
    }
}
