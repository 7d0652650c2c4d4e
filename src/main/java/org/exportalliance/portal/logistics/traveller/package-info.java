/**
 * Travellers of approved applications: passport data encrypted at rest and masked for display, the passport-expiry
 * flag, visa status, and the visa invitation letter (PDF, Chinese or English).
 */
@NullMarked
package org.exportalliance.portal.logistics.traveller;

import org.jspecify.annotations.NullMarked;
