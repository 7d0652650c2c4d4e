@NullMarked
package org.exportalliance.portal.firm.internal;

import org.jspecify.annotations.NullMarked;
