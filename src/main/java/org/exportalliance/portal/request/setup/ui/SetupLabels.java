package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.ResponderUnit;

/** The setup page's small shared pieces: badges, row buttons, working hours as people read them. */
final class SetupLabels {

    private SetupLabels() {}

    static Span badge(Component owner, boolean on, String onKey, String offKey) {
        Span badge = new Span(owner.getTranslation(on ? onKey : offKey));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(on ? "success" : "contrast");
        return badge;
    }

    /** A row's icon button, with the tooltip and aria-label in the reader's language. */
    static Button rowButton(Component owner, VaadinIcon icon, String labelKey, String className, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(owner.getTranslation(labelKey));
        button.setTooltipText(owner.getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }

    static String kind(Component owner, ResponderUnit.Kind kind) {
        return owner.getTranslation("request.setup.kind." + kind.name());
    }

    /** Working minutes as hours: 510 is "8.5". */
    static String hours(int minutes, Locale locale) {
        return Formats.number(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                2, locale);
    }

    static double hoursValue(int minutes) {
        return minutes / 60.0;
    }
}
