package org.exportalliance.portal.firm.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.Membership;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.firm.membership.importing.ui.MemberImportView;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * 会员企业: the member register for staff. A click opens a firm; new firms are enrolled here, or imported from the
 * association's member list.
 */
@Route("members")
@RolesAllowed("STAFF")
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 500;

    final Grid<MemberFirm> grid = new Grid<>();
    final Select<Optional<Membership>> membership = new Select<>();
    final TextField search = new TextField();
    final Button enrol = new Button();
    final Button importList = new Button();
    private final MembershipService members;
    private final Actor actor;

    MembersView(SignedIn signedIn, MembershipService members, FirmService firms, Clock clock) {
        this.members = members;
        this.actor = signedIn.actor();
        setId("members");
        setSizeFull();
        membership.setLabel(getTranslation("firm.membership"));
        membership.setItems(Optional.empty(), Optional.of(Membership.ACTIVE), Optional.of(Membership.SUSPENDED),
                Optional.of(Membership.ENDED));
        membership.setItemLabelGenerator(m -> m.map(s -> getTranslation("firm.membership." + s.name()))
                .orElse(getTranslation("members.all")));
        membership.setValue(Optional.empty());
        membership.setId("members-membership");
        search.setLabel(getTranslation("members.search"));
        search.setId("members-search");
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        enrol.setText(getTranslation("members.enrol"));
        enrol.setIcon(VaadinIcon.PLUS.create());
        enrol.setId("members-enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importList.setText(getTranslation("members.import"));
        importList.setIcon(VaadinIcon.UPLOAD.create());
        importList.setId("members-import");
        importList.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MemberImportView.class)));
        Map<String, MachineCategory> taxonomy = UiCalls.fetch(firms.categories())
                .collect(Collectors.toMap(MachineCategory::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        enrol.addClickListener(e -> enrolDialog(taxonomy, LocalDate.now(clock)).open());
        grid.setId("members-grid");
        Columns.text(grid, f -> f.name(getLocale())).setHeader(getTranslation("firm.name")).setFlexGrow(3);
        grid.addColumn(f -> getTranslation("firm.kind." + f.kind().name())).setHeader(getTranslation("firm.kind"));
        grid.addColumn(f -> getTranslation("firm.tier." + f.tier())).setHeader(getTranslation("firm.tier"));
        grid.addColumn(MemberFirm::city).setHeader(getTranslation("firm.city"));
        grid.addColumn(f -> f.creditCode() == null ? "" : f.creditCode()).setHeader(getTranslation("firm.credit-code"));
        grid.addColumn(f -> getTranslation("firm.membership." + f.membership().name()))
                .setHeader(getTranslation("firm.membership")).setKey("membership");
        grid.addColumn(f -> Formats.date(f.joinedOn(), getLocale())).setHeader(getTranslation("firm.joined-on"));
        RecordClick.opens(grid, firm -> getUI().ifPresent(ui -> ui.navigate(MemberView.class,
                MemberView.of(firm.id()))));
        add(new PageHeader(getTranslation("nav.members"), importList, enrol),
                new FilterBar(this::refresh, membership, search), grid);
        refresh();
    }

    private Dialog enrolDialog(Map<String, MachineCategory> taxonomy, LocalDate today) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("members.enrol"));
        MemberForm form = new MemberForm(taxonomy, false, today);
        Button save = new Button(getTranslation("members.enrol.save"));
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            save.setEnabled(false);
            UiCalls.run(this, members.enrol(actor, form.draft()), firm -> {
                dialog.close();
                UiCalls.showSuccess(this, "members.enrolled", firm.name(getLocale()));
                getUI().ifPresent(ui -> ui.navigate(MemberView.class, MemberView.of(firm.id())));
            }, UiCalls.intoForm(this, problems -> {
                save.setEnabled(true);
                form.show(problems);
            }));
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("shell.confirm.keep"), e -> dialog.close()), save);
        dialog.setWidth("min(60rem, 95vw)");
        return dialog;
    }

    private void refresh() {
        grid.setItems(UiCalls.fetch(members.list(actor, membership.getValue().orElse(null), search.getValue(), 0,
                PAGE)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.members") + " · " + getTranslation("app.title");
    }
}
