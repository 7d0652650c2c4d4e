@NullMarked
package org.exportalliance.portal.delegation.ledger.api;

import org.jspecify.annotations.NullMarked;
