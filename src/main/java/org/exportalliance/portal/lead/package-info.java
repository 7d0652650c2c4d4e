/**
 * Leads and deal registration (DESIGN §2.2): members share overseas buyer leads and claim them without undercutting
 * one another. So far: the normalised buyer identity that conflict detection matches on.
 */
@NullMarked
package org.exportalliance.portal.lead;

import org.jspecify.annotations.NullMarked;
