/** Second factors: authenticator-app codes (TOTP), their QR codes, and one-time recovery codes. */
@NullMarked
package org.exportalliance.portal.account.mfa;

import org.jspecify.annotations.NullMarked;
