@NullMarked
package org.exportalliance.portal.logistics.itinerary.ui;

import org.jspecify.annotations.NullMarked;
