@NullMarked
package org.exportalliance.portal.platform.i18n;

import org.jspecify.annotations.NullMarked;
