package org.exportalliance.portal.support;

import java.time.Duration;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.springframework.stereotype.Component;

/** The demo users as actors, for service tests. Looked up, never constructed, so firm ids are real. */
@Component
public class Actors {

    private final AccountService accounts;

    Actors(AccountService accounts) {
        this.accounts = accounts;
    }

    public Actor staff() {
        return of("staff");
    }

    public Actor member() {
        return of("member");
    }

    public Actor member2() {
        return of("member2");
    }

    public Actor of(String username) {
        UserAccount account = accounts.findByUsername(username).block(Duration.ofSeconds(10));
        if (account == null) {
            throw new IllegalStateException("no demo user " + username);
        }
        return account.asActor();
    }
}
