package org.exportalliance.portal.fair.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.ValueProvider;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.shell.Badge;
import org.exportalliance.portal.shell.Columns;

/**
 * The catalogue's rows as they read, shared by every open catalogue on this instance.
 *
 * <p>A change to a fair refreshes every open catalogue at once, and each used to format the same rows again: country
 * names, dates and sector names in its language were a fifth of the portal's CPU while 200 sessions followed a
 * change (bench {@code live-fanout}, JFR). The fairs of a page come from one cached list, so the rows for a fair, a
 * language and a day are formatted once and kept; a changed fair is a different key and reads afresh.
 */
@org.springframework.stereotype.Component
class CatalogueRows {

    static final int KEPT = 20_000;

    private final Cache<Key, CatalogueRow> rows = Caffeine.newBuilder()
            .maximumSize(KEPT).expireAfterAccess(Duration.ofHours(1)).build();

    /** The row of {@code fair} in {@code locale}, {@code view}'s language, which translates it the first time. */
    CatalogueRow of(Fair fair, Locale locale, LocalDate today, Component view) {
        return rows.get(new Key(fair, locale, today), key -> CatalogueRow.of(fair, locale, today, view));
    }

    /**
     * The rows for one open catalogue, looked up once per row rather than once per column (hashing a fair is not
     * free): {@link Columns#perRow}.
     */
    ValueProvider<Fair, CatalogueRow> reader(Locale locale, LocalDate today, Component view) {
        return Columns.perRow(fair -> of(fair, locale, today, view));
    }

    private record Key(Fair fair, Locale locale, LocalDate today) {}

    /** One row's texts: the name and its hover text, place, dates, sectors and the status badge. */
    record CatalogueRow(String name, String nameTitle, String place, String dates, String sectors, Badge status) {

        static CatalogueRow of(Fair fair, Locale locale, LocalDate today, Component view) {
            String name = fair.name(locale);
            return new CatalogueRow(name, name + " · " + fair.venue(), FairLabels.place(fair, locale),
                    FairLabels.dates(fair, locale), FairLabels.sectors(fair, view), status(fair, today, view));
        }

        private static Badge status(Fair fair, LocalDate today, Component view) {
            String text = view.getTranslation(FairLabels.statusKey(fair, today));
            if (fair.isCancelled()) {
                return new Badge(text, "error", fair.cancelReason());
            }
            return new Badge(text, fair.isUpcoming(today) ? "success" : "contrast");
        }
    }
}
