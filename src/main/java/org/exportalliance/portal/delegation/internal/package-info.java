@NullMarked
package org.exportalliance.portal.delegation.internal;

import org.jspecify.annotations.NullMarked;
