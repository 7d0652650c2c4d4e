/** What makes a firm eligible to join the alliance, starting with its Unified Social Credit Code. */
@NullMarked
package org.exportalliance.portal.firm.membership;

import org.jspecify.annotations.NullMarked;
