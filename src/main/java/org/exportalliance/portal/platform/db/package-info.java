@NullMarked
package org.exportalliance.portal.platform.db;

import org.jspecify.annotations.NullMarked;
