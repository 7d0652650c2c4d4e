package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The filters above a list, in one bar that wraps on a narrow screen; a change to any of them refreshes the list, which
 * asks its service again with the new filter. A filter with a rule of its own (a date range's bounds) adds that
 * listener before it joins the bar, so the rule holds by the time the list refreshes.
 */
public class FilterBar extends HorizontalLayout {

    public FilterBar(Runnable refresh, Component... filters) {
        super(filters);
        for (Component filter : filters) {
            if (filter instanceof HasValue<?, ?> field) {
                field.addValueChangeListener(e -> refresh.run());
            }
        }
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
    }
}
