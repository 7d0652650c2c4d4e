/**
 * The delegation's pavilion: booths laid out on the hall grid and assigned to participating firms. Reached through
 * {@link org.exportalliance.portal.delegation.pavilion.PavilionService}.
 */
@NullMarked
package org.exportalliance.portal.delegation.pavilion;

import org.jspecify.annotations.NullMarked;
