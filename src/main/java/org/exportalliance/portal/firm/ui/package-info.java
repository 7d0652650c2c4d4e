@NullMarked
package org.exportalliance.portal.firm.ui;

import org.jspecify.annotations.NullMarked;
