@NullMarked
package org.exportalliance.portal.notification.ui;

import org.jspecify.annotations.NullMarked;
