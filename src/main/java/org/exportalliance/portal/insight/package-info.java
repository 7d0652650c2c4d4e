/**
 * Insight (DESIGN §2.3): what the alliance's fairs and shared leads earn. A firm sees its own figures; everyone sees
 * the alliance's aggregates, in which no cell built from fewer than {@link Tally#MIN_FIRMS} firms, nor any total it
 * could be derived from, is shown to anyone but staff. Insight is the reporting read model: it reads the summaries
 * its migration keeps beside the orders, and the other features' tables, in SQL and never writes them.
 */
@NullMarked
package org.exportalliance.portal.insight;

import org.jspecify.annotations.NullMarked;
