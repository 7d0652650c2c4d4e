@NullMarked
package org.exportalliance.portal;

import org.jspecify.annotations.NullMarked;
