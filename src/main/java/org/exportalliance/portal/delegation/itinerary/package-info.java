@NullMarked
package org.exportalliance.portal.delegation.itinerary;

import org.jspecify.annotations.NullMarked;
