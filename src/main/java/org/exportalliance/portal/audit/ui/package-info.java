@NullMarked
package org.exportalliance.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
