/** The lead views: lists, forms, claims, import and export. Thin: layout and binding over the lead services. */
@NullMarked
package org.exportalliance.portal.lead.ui;

import org.jspecify.annotations.NullMarked;
