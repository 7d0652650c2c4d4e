@NullMarked
package org.exportalliance.portal.platform.refusal;

import org.jspecify.annotations.NullMarked;
