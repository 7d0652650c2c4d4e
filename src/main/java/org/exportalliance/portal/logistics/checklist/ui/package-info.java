@NullMarked
package org.exportalliance.portal.logistics.checklist.ui;

import org.jspecify.annotations.NullMarked;
