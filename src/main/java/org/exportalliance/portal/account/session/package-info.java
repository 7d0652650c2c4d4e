/** Signed-in UI sessions as rows every instance can read and end. */
@NullMarked
package org.exportalliance.portal.account.session;

import org.jspecify.annotations.NullMarked;
