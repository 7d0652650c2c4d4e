@NullMarked
package org.exportalliance.portal.lead.export.ui;

import org.jspecify.annotations.NullMarked;
