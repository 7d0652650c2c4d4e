@NullMarked
package org.exportalliance.portal.firm;

import org.jspecify.annotations.NullMarked;
