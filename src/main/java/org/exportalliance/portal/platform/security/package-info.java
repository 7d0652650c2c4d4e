@NullMarked
package org.exportalliance.portal.platform.security;

import org.jspecify.annotations.NullMarked;
