/** What no other feature may use: the leads demo seeding. */
@NullMarked
package org.exportalliance.portal.lead.internal;

import org.jspecify.annotations.NullMarked;
