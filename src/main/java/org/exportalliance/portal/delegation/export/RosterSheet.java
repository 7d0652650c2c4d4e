package org.exportalliance.portal.delegation.export;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet.Table;
import reactor.core.publisher.Mono;

/**
 * A sheet a feature above the delegation adds to its roster workbook, after the firms (the logistics pack's
 * travellers). Beans are taken in {@code @Order}; the delegation never knows who adds what.
 */
public interface RosterSheet {

    /** The sheet for staff; {@code firmNames} names every firm in the reader's language. */
    Mono<Table> sheet(Actor actor, UUID delegationId, Map<UUID, String> firmNames, Locale locale);
}
