@NullMarked
package org.exportalliance.portal.delegation.pavilion.ui;

import org.jspecify.annotations.NullMarked;
