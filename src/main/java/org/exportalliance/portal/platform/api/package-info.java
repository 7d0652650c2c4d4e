@NullMarked
package org.exportalliance.portal.platform.api;

import org.jspecify.annotations.NullMarked;
