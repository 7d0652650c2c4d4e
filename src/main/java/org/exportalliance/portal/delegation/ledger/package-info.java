@NullMarked
package org.exportalliance.portal.delegation.ledger;

import org.jspecify.annotations.NullMarked;
