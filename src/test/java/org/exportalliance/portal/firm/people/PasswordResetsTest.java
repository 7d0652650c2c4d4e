package org.exportalliance.portal.firm.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.ApiToken;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.session.UserSessions;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.WithSmtpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** A forgotten password against a real SMTP server. */
class PasswordResetsTest extends WithSmtpServer {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired PasswordResets resets;
    @Autowired Enrolments enrolments;
    @Autowired org.exportalliance.portal.support.Actors actors;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService tokens;
    @Autowired UserSessions sessions;
    @Autowired DatabaseClient db;

    @Test
    void a_reset_link_is_mailed_works_once_and_ends_every_session_and_token() {
        UserAccount person = enrolments.person(enrolments.firm("reset").id());
        ApiToken token = tokens.issue(person.asActor(), "erp").block(WAIT);
        UUID session = sessions.open(person.id(), "browser", "127.0.0.1").block(WAIT);
        resets.work(person.username().toUpperCase()).block(WAIT);
        String link = link(person.email());
        assertThat(resets.usable(link).block(WAIT)).isTrue();
        assertThatThrownBy(() -> resets.complete(link, "password1234").block(WAIT)).isInstanceOf(InvalidInput.class);
        resets.complete(link, "new sentence for a new day 99").block(WAIT);
        assertThat(accounts.authenticate(person.username(), "new sentence for a new day 99").blockOptional(WAIT))
                .isPresent();
        assertThat(accounts.authenticate(person.username(), Enrolments.PASSWORD).blockOptional(WAIT)).isEmpty();
        assertThat(sessions.isLive(session).block(WAIT)).isFalse();
        assertThat(tokens.authenticate(token.secret()).blockOptional(WAIT)).isEmpty();
        assertThatThrownBy(() -> resets.complete(link, "another sentence entirely 77").block(WAIT))
                .isInstanceOf(LinkUnusable.class);
    }

    @Test
    void an_unknown_name_or_address_gets_no_mail_and_the_caller_learns_nothing() {
        int before = smtp.getReceivedMessages().length;
        resets.request("nobody-" + System.nanoTime());
        resets.request("nobody-" + System.nanoTime() + "@firm.test");
        resets.work("nobody-at-all").block(WAIT);
        resets.work("x".repeat(10_000)).block(WAIT);
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    @Test
    void a_link_expires_after_thirty_minutes_and_a_second_request_within_a_minute_sends_nothing() {
        UserAccount person = enrolments.person(enrolments.firm("expire").id());
        resets.work(person.email()).block(WAIT);
        resets.work(person.email()).block(WAIT);
        assertThat(mailsTo(person.email(), "重置")).hasSize(1);
        String link = link(person.email());
        db.sql("update account_link set created_at = now() - interval '31 minutes',"
                + " expires_at = now() - interval '1 minute' where user_id = :user").bind("user", person.id())
                .then().block(WAIT);
        assertThat(resets.usable(link).block(WAIT)).isFalse();
        assertThatThrownBy(() -> resets.complete(link, "new sentence for a new day 99").block(WAIT))
                .isInstanceOf(LinkUnusable.class);
    }

    @Test
    void staff_make_a_reset_link_to_pass_on_and_nobody_else_may() {
        UserAccount person = enrolments.person(enrolments.firm("staff-link").id());
        assertThatThrownBy(() -> resets.linkFor(person.asActor(), person.id()).block(WAIT))
                .isInstanceOf(org.exportalliance.portal.platform.refusal.NotPermitted.class);
        String url = resets.linkFor(actors.staff(), person.id()).block(WAIT);
        assertThatThrownBy(() -> resets.linkFor(actors.staff(), person.id()).block(WAIT))
                .as("one a minute").isInstanceOf(ResetTooSoon.class);
        Matcher m = LINK.matcher(url);
        assertThat(m.find()).isTrue();
        resets.complete(m.group(1), "a new leaf on an old tree 44").block(WAIT);
        assertThat(accounts.authenticate(person.username(), "a new leaf on an old tree 44").blockOptional(WAIT))
                .isPresent();
        assertThatThrownBy(() -> resets.linkFor(actors.staff(), java.util.UUID.randomUUID()).block(WAIT))
                .isInstanceOf(PersonNotFound.class);
    }

    private static String link(String email) {
        String text = Objects.requireNonNull(content(mailsTo(email, "重置").getLast(), "text/plain"));
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
