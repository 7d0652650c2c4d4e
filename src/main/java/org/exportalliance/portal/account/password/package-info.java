/** Which passwords the portal accepts (ASVS 5.0 §6.2, NIST SP 800-63B): length, breached lists, guessability. */
@NullMarked
package org.exportalliance.portal.account.password;

import org.jspecify.annotations.NullMarked;
