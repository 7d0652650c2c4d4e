package org.exportalliance.portal.firm.people;

import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.AccountChanges;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.Checks;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which e-mail addresses cannot be invited as a new firm's first admin: an account has the address already, or an
 * open invitation of any firm is for it (the second to be accepted would be refused). For checking many at once
 * (a spreadsheet import) before anything is saved; staff only.
 */
@Service
public class InviteeAddresses {

    private final InvitationRepository invitations;
    private final AccountChanges accounts;
    private final Clock clock;

    InviteeAddresses(InvitationRepository invitations, AccountChanges accounts, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The addresses among {@code emails} already in use, in lower case. */
    public Mono<Set<String>> inUse(Actor actor, Collection<String> emails) {
        Set<String> wanted = emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Checks.staffOnly(actor).thenReturn(Set.of());
        }
        return Checks.staffOnly(actor)
                .thenMany(Flux.concat(invitations.openAmong(wanted.toArray(String[]::new), clock.instant()),
                        Flux.fromIterable(wanted).concatMap(e -> accounts.findByEmail(e).map(a -> e))))
                .collect(Collectors.toSet());
    }
}
