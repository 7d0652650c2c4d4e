@NullMarked
package org.exportalliance.portal.firm.api;

import org.jspecify.annotations.NullMarked;
