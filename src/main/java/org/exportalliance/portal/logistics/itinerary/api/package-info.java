@NullMarked
package org.exportalliance.portal.logistics.itinerary.api;

import org.jspecify.annotations.NullMarked;
