@NullMarked
package org.exportalliance.portal.delegation.api;

import org.jspecify.annotations.NullMarked;
