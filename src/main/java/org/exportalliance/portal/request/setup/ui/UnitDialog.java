package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.setup.UnitDraft;
import org.exportalliance.portal.request.setup.UnitEntry;
import org.exportalliance.portal.request.setup.UnitRules;
import org.exportalliance.portal.request.setup.UnitSetup;
import org.exportalliance.portal.shell.FormDialog;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Staff add a responder unit or change one: names, kind, the categories it serves, its members and, among them, its
 * lead. {@link UnitRules} mark the fields before anything is sent; who may be a member the service decides, and its
 * refusal marks the person field.
 */
class UnitDialog extends FormDialog<UnitEntry> {

    /** What the dialog needs besides the unit: the categories to offer and the people and firms to name. */
    record Context(List<RequestCategory> categories, Map<UUID, UserAccount> people, AccountService accounts,
            Map<UUID, Firm> firms, @Nullable Firm association) {}

    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Select<ResponderUnit.Kind> kind = new Select<>();
    final MultiSelectComboBox<String> categories = new MultiSelectComboBox<>();
    final MemberPicker members;
    final ComboBox<UUID> lead = new ComboBox<>();

    private final UnitSetup units;
    private final SignedIn signedIn;
    private final @Nullable UnitEntry editing;

    UnitDialog(UnitSetup units, SignedIn signedIn, Context context, @Nullable UnitEntry editing,
            Consumer<UnitEntry> onSaved) {
        super("setup-unit-save", null, "request.setup.close", onSaved);
        this.units = units;
        this.signedIn = signedIn;
        this.editing = editing;
        this.members = new MemberPicker(context.accounts(), signedIn.actor(), context.firms(), context.association(),
                this::offerLeads);
        setId("setup-unit-dialog");
        setHeaderTitle(getTranslation(editing == null ? "request.setup.unit.dialog.new"
                : "request.setup.unit.dialog.edit"));
        setWidth("min(52rem, 95vw)");
        text(nameZh, "nameZh", "request.setup.unit.name-zh");
        text(nameEn, "nameEn", "request.setup.unit.name-en");
        kind.setLabel(getTranslation("request.setup.unit.kind"));
        kind.setItems(ResponderUnit.Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : SetupLabels.kind(this, k));
        kind.setId("setup-unit-kind");
        kind.addValueChangeListener(e -> members.ownPeopleOnly(UnitSetup.ownPeopleOnly(e.getValue())));
        field("kind", kind);
        Map<String, RequestCategory> byCode = new java.util.LinkedHashMap<>();
        context.categories().forEach(c -> byCode.put(c.code(), c));
        categories.setLabel(getTranslation("request.setup.unit.categories"));
        categories.setItems(byCode.keySet());
        categories.setItemLabelGenerator(code -> byCode.containsKey(code) ? byCode.get(code).name(getLocale()) : code);
        categories.setId("setup-unit-categories");
        field("categories", categories);
        lead.setLabel(getTranslation("request.setup.unit.lead"));
        lead.setHelperText(getTranslation("request.setup.unit.lead-help"));
        lead.setId("setup-unit-lead");
        lead.setClearButtonVisible(true);
        field("lead", lead);
        field("members", members.person);
        FormLayout form = new FormLayout(nameZh, nameEn, kind, lead, categories);
        form.setColspan(categories, 2);
        add(form, members);
        if (editing != null) {
            ResponderUnit u = editing.unit();
            nameZh.setValue(u.nameZh());
            nameEn.setValue(u.nameEn());
            kind.setValue(u.kind());
            categories.setValue(new HashSet<>(u.categories()));
            members.setMembers(u.members().stream().map(context.people()::get).filter(java.util.Objects::nonNull)
                    .toList());
        } else {
            members.ownPeopleOnly(false);
        }
        offerLeads();
        if (editing != null && editing.unit().leadUserId() != null) {
            lead.setValue(editing.unit().leadUserId());
        }
        save.setText(getTranslation("request.setup.save"));
    }

    private void text(TextField field, String name, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setId("setup-unit-" + name);
        field.setMaxLength(UnitRules.MAX_NAME);
        field.setRequiredIndicatorVisible(true);
        field(name, field);
    }

    /** The lead is one of the members: the choice follows the member list. */
    void offerLeads() {
        UUID chosen = lead.getValue();
        Map<UUID, String> names = new java.util.LinkedHashMap<>();
        members.members().forEach(u -> names.put(u.id(), u.displayName()));
        lead.setItems(names.keySet());
        lead.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        lead.setValue(chosen != null && names.containsKey(chosen) ? chosen : null);
    }

    UnitDraft draft() {
        return new UnitDraft(nameZh.getValue(), nameEn.getValue(), kind.getValue(), lead.getValue(),
                members.memberIds(), Set.copyOf(categories.getValue())).normalised();
    }

    @Override
    protected List<FieldProblem> check() {
        return UnitRules.check(draft(), Set.copyOf(categories.getListDataView().getItems().toList()));
    }

    @Override
    protected Mono<UnitEntry> call() {
        UnitDraft draft = draft();
        return editing == null ? units.create(signedIn.actor(), draft)
                : units.update(signedIn.actor(), editing.unit().id(), editing.version(), draft);
    }

    @Override
    protected void done(UnitEntry saved) {
        UiCalls.showSuccess(this, "request.setup.unit.saved", saved.unit().name(getLocale()));
    }
}
