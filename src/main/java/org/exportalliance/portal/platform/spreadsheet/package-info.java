/** Plain tables written as .xlsx workbooks, for the portal's Excel exports. */
@NullMarked
package org.exportalliance.portal.platform.spreadsheet;

import org.jspecify.annotations.NullMarked;
