@NullMarked
package org.exportalliance.portal.audit.api;

import org.jspecify.annotations.NullMarked;
