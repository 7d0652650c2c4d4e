package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;

/**
 * A feature's place in the side navigation. Features declare one as a bean; the layout shows the entries the
 * signed-in user's roles may use, ordered by {@code order}. An empty {@code roles} set means everybody.
 */
public record NavigationEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order,
        Set<Role> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::has);
    }
}
