@NullMarked
package org.exportalliance.portal.lead.claim.api;

import org.jspecify.annotations.NullMarked;
