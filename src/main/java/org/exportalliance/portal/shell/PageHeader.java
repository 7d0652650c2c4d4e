package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The top line of a list page: its title, then the page's own buttons and switches at the end of the line, on the
 * title's baseline, so every list puts its actions in the same place.
 */
public class PageHeader extends HorizontalLayout {

    public PageHeader(String title, Component... actions) {
        H2 heading = new H2(title);
        add(heading);
        add(actions);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        expand(heading);
    }
}
