@NullMarked
package org.exportalliance.portal.platform;

import org.jspecify.annotations.NullMarked;
