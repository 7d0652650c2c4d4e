@NullMarked
package org.exportalliance.portal.lead.ui;

import org.jspecify.annotations.NullMarked;
