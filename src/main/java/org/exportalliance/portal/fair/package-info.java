@NullMarked
package org.exportalliance.portal.fair;

import org.jspecify.annotations.NullMarked;
