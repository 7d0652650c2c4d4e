@NullMarked
package org.exportalliance.portal.logistics.itinerary;

import org.jspecify.annotations.NullMarked;
