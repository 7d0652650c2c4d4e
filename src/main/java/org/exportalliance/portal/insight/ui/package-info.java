/** Insight's views: the alliance and firm dashboards, their charts and Excel exports. */
@NullMarked
package org.exportalliance.portal.insight.ui;

import org.jspecify.annotations.NullMarked;
