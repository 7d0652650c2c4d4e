@NullMarked
package org.exportalliance.portal.delegation.ledger.ui;

import org.jspecify.annotations.NullMarked;
