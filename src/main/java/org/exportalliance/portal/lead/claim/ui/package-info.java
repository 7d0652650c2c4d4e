@NullMarked
package org.exportalliance.portal.lead.claim.ui;

import org.jspecify.annotations.NullMarked;
