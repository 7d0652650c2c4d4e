/** Files the portal makes for download (exports, letters, calendars), whoever serves them: the UI or the API. */
@NullMarked
package org.exportalliance.portal.platform.files;

import org.jspecify.annotations.NullMarked;
