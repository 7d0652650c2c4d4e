package org.exportalliance.portal.order.ui;

import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.order.Money;
import org.exportalliance.portal.platform.i18n.Formats;
import org.jspecify.annotations.Nullable;

/**
 * How the order views write amounts (exact to the currency's minor unit, with its code: EUR 155,202.00) and machine
 * categories (the taxonomy's name in the reader's language).
 */
final class OrderLabels {

    private OrderLabels() {}

    static String money(@Nullable Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        return Formats.money(money.amount(), money.currency(), locale);
    }

    /** A machine category by its name in the reader's language (the taxonomy is data); an unknown code as itself. */
    static String category(String code, Map<String, MachineCategory> taxonomy, Locale locale) {
        MachineCategory category = taxonomy.get(code);
        return category == null ? code : category.name(locale);
    }
}
