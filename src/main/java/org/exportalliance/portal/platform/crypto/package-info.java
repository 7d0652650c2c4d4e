/** Sealing secrets at rest (AES-256-GCM under configured keys) for every feature that stores one. */
@NullMarked
package org.exportalliance.portal.platform.crypto;

import org.jspecify.annotations.NullMarked;
