/** What no other feature may use: the leads demo seeding. */
@NullMarked
package org.exportalliance.portal.lead.demo;

import org.jspecify.annotations.NullMarked;
