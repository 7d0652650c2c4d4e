package org.exportalliance.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which language a UI speaks: the choice made in this session, else the signed-in user's saved language, else the
 * browser's remembered cookie, else Simplified Chinese. A change is saved to the user's account and the cookie.
 */
@Component
public class LocaleChoice implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";
    private static final Logger log = LoggerFactory.getLogger(LocaleChoice.class);
    private static final String SESSION_KEY = LocaleChoice.class.getName();

    private final SignedIn signedIn;
    private final AccountService accounts;

    LocaleChoice(SignedIn signedIn, AccountService accounts) {
        this.signedIn = signedIn;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(current()));
    }

    public Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return signedIn.user().map(u -> PortalLocales.fromTag(u.account().locale()))
                .or(LocaleChoice::fromCookie)
                .orElse(PortalLocales.CHINESE);
    }

    /** Switches this session to {@code locale}, remembers it, and re-renders the page in it. */
    public void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, PortalLocales.tagOf(locale));
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        signedIn.user().ifPresent(user -> accounts.changeLocale(user.actor(), PortalLocales.tagOf(locale))
                .subscribe(null, error -> log.warn("Could not save the language choice", error)));
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    private static Optional<Locale> fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> PortalLocales.fromTag(c.getValue()));
    }
}
