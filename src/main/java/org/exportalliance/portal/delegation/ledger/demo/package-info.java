@NullMarked
package org.exportalliance.portal.delegation.ledger.demo;

import org.jspecify.annotations.NullMarked;
