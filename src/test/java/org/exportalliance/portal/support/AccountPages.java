package org.exportalliance.portal.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import org.exportalliance.portal.account.mfa.Totp;

/** What a person does in the browser with their account: sign in, join through an invitation, set up TOTP. */
public final class AccountPages {

    private AccountPages() {}

    /** Fills the sign-in form and submits it; where it leads (a step, the portal, an error) is the caller's check. */
    public static void signIn(Page page, int port, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.waitForLoadState();
    }

    /** Joins on an invitation page that is open, and waits for the welcome. */
    public static void join(Page page, String username, String displayName, String password) {
        page.locator("#join-username input").fill(username);
        page.locator("#join-display-name input").fill(displayName);
        page.locator("#new-password input").fill(password);
        page.locator("#repeat-password input").fill(password);
        page.locator("#join-submit").click();
        assertThat(page.locator("#invitation-outcome")).containsText(username);
    }

    /**
     * Sets up TOTP on the enrolment step as an authenticator app would (the code computed from the key shown),
     * keeps the recovery codes and goes on into the portal; the key, for later codes.
     */
    public static byte[] enrolTotp(Page page) {
        assertThat(page.locator("#mfa-key")).isVisible();
        byte[] secret = Totp.fromBase32(page.locator("#mfa-key").textContent());
        page.locator("#mfa-setup-code input").fill(Totp.code(secret, Totp.step(Instant.now())));
        page.locator("#mfa-setup-confirm").click();
        assertThat(page.locator("#mfa-recovery-codes li")).hasCount(10);
        page.locator("#mfa-continue").click();
        assertThat(page.locator("#fair-catalogue")).isVisible();
        return secret;
    }
}
