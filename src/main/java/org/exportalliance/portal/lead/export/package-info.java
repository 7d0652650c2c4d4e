/**
 * The .xlsx export of the leads a user may see under a filter: read through the lead service's visibility, without
 * contacts, audited, and guarded against formula injection.
 */
@NullMarked
package org.exportalliance.portal.lead.export;

import org.jspecify.annotations.NullMarked;
