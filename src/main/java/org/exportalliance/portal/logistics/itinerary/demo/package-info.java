@NullMarked
package org.exportalliance.portal.logistics.itinerary.demo;

import org.jspecify.annotations.NullMarked;
