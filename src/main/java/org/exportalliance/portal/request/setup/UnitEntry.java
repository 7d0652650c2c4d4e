package org.exportalliance.portal.request.setup;

import org.exportalliance.portal.request.ResponderUnit;

/** A responder unit as staff edit it: with its version and the requests it has in hand (dispatched, taken, waiting). */
public record UnitEntry(ResponderUnit unit, long version, long open) {}
