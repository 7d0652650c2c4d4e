package org.exportalliance.portal.platform.live;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Announces a change as another instance's {@link LiveEvents} would: the same NOTIFY, in the caller's transaction if
 * there is one, but none of this instance's arrival hooks run on commit. Here the change is heard only when its event
 * arrives, which is what tests of that path need.
 */
public final class AnotherInstance {

    private AnotherInstance() {}

    public static Mono<Void> announces(DatabaseClient db, String topic, Object id) {
        return db.sql("select pg_notify('" + LiveEvents.CHANNEL + "', :payload)")
                .bind("payload", new LiveEvent(topic, id.toString()).encode())
                .then();
    }
}
