@NullMarked
package org.exportalliance.portal.fair.internal;

import org.jspecify.annotations.NullMarked;
