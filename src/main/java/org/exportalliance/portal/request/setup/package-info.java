/**
 * What staff keep for requests (issue 16): the category taxonomy in both languages, the SLA targets per category and
 * priority in working time, and the responder units with their members and the categories they serve. Every change is
 * staff's only, versioned, audited, and held by the database's constraints as well.
 */
@NullMarked
package org.exportalliance.portal.request.setup;

import org.jspecify.annotations.NullMarked;
