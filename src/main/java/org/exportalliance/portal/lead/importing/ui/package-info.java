@NullMarked
package org.exportalliance.portal.lead.importing.ui;

import org.jspecify.annotations.NullMarked;
