/**
 * The views of leads and deal registration (DESIGN §2.2): layout and binding only; the rules live in the lead
 * services.
 */
@NullMarked
package org.exportalliance.portal.lead.ui;

import org.jspecify.annotations.NullMarked;
