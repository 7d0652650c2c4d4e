@NullMarked
package org.exportalliance.portal.fair.ui;

import org.jspecify.annotations.NullMarked;
