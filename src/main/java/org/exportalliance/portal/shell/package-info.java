@NullMarked
package org.exportalliance.portal.shell;

import org.jspecify.annotations.NullMarked;
