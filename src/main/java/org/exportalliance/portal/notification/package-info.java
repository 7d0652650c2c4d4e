@NullMarked
package org.exportalliance.portal.notification;

import org.jspecify.annotations.NullMarked;
