/**
 * Leads (DESIGN §2.2): overseas buyer leads members share, who may see them ({@link LeadVisibility}), their
 * contacts behind an audited reveal, and the buyer identity conflict detection matches on ({@link BuyerMatching}).
 */
@NullMarked
package org.exportalliance.portal.lead;

import org.jspecify.annotations.NullMarked;
