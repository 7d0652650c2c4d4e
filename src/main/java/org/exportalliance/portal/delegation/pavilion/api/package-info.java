@NullMarked
package org.exportalliance.portal.delegation.pavilion.api;

import org.jspecify.annotations.NullMarked;
