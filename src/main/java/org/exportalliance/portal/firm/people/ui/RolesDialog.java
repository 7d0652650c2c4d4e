package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/** A colleague's roles, as far as the signed-in person may grant them; the others stay as they are. */
class RolesDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    RolesDialog(UserAccount person, Set<Role> grantable,
            java.util.function.Function<List<Role>, Mono<UserAccount>> change, Consumer<UserAccount> saved) {
        setHeaderTitle(getTranslation("people.roles.title", person.displayName()));
        roles.setItems(grantable.stream().sorted().toList());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(person.roles().stream().filter(grantable::contains).collect(java.util.stream.Collectors.toSet()));
        roles.setId("people-roles");
        save.setText(getTranslation("people.roles.save"));
        save.setId("people-roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> UiCalls.run(this, change.apply(new ArrayList<>(roles.getValue())), changed -> {
            close();
            saved.accept(changed);
        }, (Refusal refused) -> {
            roles.setErrorMessage(getTranslation(refused.messageKey()));
            roles.setInvalid(true);
        }));
        add(roles);
        getFooter().add(new Button(getTranslation("shell.confirm.keep"), e -> close()), save);
    }
}
