package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar for the signed-in user (the notification bell). Features declare one as a
 * bean, so the shell needs to know none of them.
 */
public interface NavbarWidget {

    Component create(PortalUser user);
}
