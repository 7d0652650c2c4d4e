@NullMarked
package org.exportalliance.portal.audit;

import org.jspecify.annotations.NullMarked;
