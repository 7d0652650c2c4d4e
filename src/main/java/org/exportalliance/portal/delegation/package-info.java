@NullMarked
package org.exportalliance.portal.delegation;

import org.jspecify.annotations.NullMarked;
