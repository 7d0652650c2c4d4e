@NullMarked
package org.exportalliance.portal.delegation.ui;

import org.jspecify.annotations.NullMarked;
