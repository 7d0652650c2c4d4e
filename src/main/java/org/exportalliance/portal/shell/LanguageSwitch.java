package org.exportalliance.portal.shell;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.exportalliance.portal.platform.i18n.PortalLocales;

/** A select between 简体中文 and English; each language is named in itself. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(LocaleChoice choice) {
        setId("language-switch");
        setAriaLabel(getTranslation("language.label"));
        setItems(PortalLocales.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + PortalLocales.tagOf(locale)));
        setValue(PortalLocales.isChinese(choice.current()) ? PortalLocales.CHINESE : PortalLocales.ENGLISH);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choice.choose(e.getValue());
            }
        });
        setWidth("9em");
    }
}
