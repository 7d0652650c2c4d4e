package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.delegation.ApplicationDraft;
import org.exportalliance.portal.delegation.Capacity;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.delegation.Exhibit;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * A firm's application: travellers, booth area, exhibits and notes. Marks fields with the shared rules before it hands
 * the draft on; the service's answer comes back through {@link #show}.
 */
class ApplicationForm extends VerticalLayout {

    private record ExhibitRow(TextField machine, BigDecimalField weight, BigDecimalField volume) {}

    final IntegerField travellers = new IntegerField();
    final BigDecimalField areaM2 = new BigDecimalField();
    final TextArea notes = new TextArea();
    final Button addExhibit = new Button();
    final Button submit = new Button();
    private final VerticalLayout exhibitRows = new VerticalLayout();
    private final List<ExhibitRow> exhibits = new ArrayList<>();
    private final FieldErrors fields = new FieldErrors(this);
    private final Capacity total;

    ApplicationForm(Capacity total, Consumer<ApplicationDraft> onSubmit) {
        this(total, null, onSubmit);
    }

    /** A form filled with an earlier draft, for changing a pending application. */
    ApplicationForm(Capacity total, @Nullable ApplicationDraft earlier, Consumer<ApplicationDraft> onSubmit) {
        this.total = total;
        setId("application-form");
        setPadding(false);
        travellers.setLabel(getTranslation("application.travellers"));
        travellers.setId("application-travellers");
        travellers.setMin(1);
        travellers.setStepButtonsVisible(true);
        travellers.setValue(2);
        areaM2.setLabel(getTranslation("application.area"));
        areaM2.setId("application-area");
        areaM2.setSuffixComponent(new com.vaadin.flow.component.html.Span("m²"));
        notes.setLabel(getTranslation("application.notes"));
        notes.setId("application-notes");
        notes.setMaxLength(DelegationRules.MAX_NOTES);
        fields.put("travellers", travellers);
        fields.put("areaM2", areaM2);
        fields.put("notes", notes);

        exhibitRows.setPadding(false);
        addExhibit.setText(getTranslation("application.exhibit.add"));
        addExhibit.setIcon(VaadinIcon.PLUS.create());
        addExhibit.setId("application-add-exhibit");
        addExhibit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addExhibit.addClickListener(e -> addExhibitRow());

        submit.setText(getTranslation("application.submit"));
        submit.setId("application-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            ApplicationDraft draft = draft();
            List<FieldProblem> problems = DelegationRules.check(draft, total);
            show(problems);
            if (problems.isEmpty()) {
                submit.setEnabled(false);
                onSubmit.accept(draft);
            }
        });

        if (earlier != null) {
            travellers.setValue(earlier.travellers());
            areaM2.setValue(earlier.areaM2());
            notes.setValue(earlier.notes() == null ? "" : earlier.notes());
            if (earlier.exhibits() != null) {
                earlier.exhibits().forEach(this::addExhibitRow);
            }
            submit.setText(getTranslation("application.save-changes"));
        }
        FormLayout form = new FormLayout(travellers, areaM2);
        add(new H3(getTranslation(earlier == null ? "application.title" : "application.edit")), form, new H3(getTranslation("application.exhibits")),
                exhibitRows, addExhibit, notes, submit);
        notes.setWidthFull();
    }

    private void addExhibitRow(Exhibit exhibit) {
        addExhibitRow();
        ExhibitRow row = exhibits.getLast();
        row.machine().setValue(exhibit.machine() == null ? "" : exhibit.machine());
        row.weight().setValue(exhibit.weightKg());
        row.volume().setValue(exhibit.volumeM3());
    }

    void addExhibitRow() {
        int i = exhibits.size();
        ExhibitRow row = new ExhibitRow(new TextField(getTranslation("application.exhibit.machine")),
                new BigDecimalField(getTranslation("application.exhibit.weight")),
                new BigDecimalField(getTranslation("application.exhibit.volume")));
        row.machine().setId("exhibit-" + i + "-machine");
        row.weight().setId("exhibit-" + i + "-weight");
        row.volume().setId("exhibit-" + i + "-volume");
        exhibits.add(row);
        fields.put(DelegationRules.exhibitField(i, "machine"), row.machine());
        fields.put(DelegationRules.exhibitField(i, "weightKg"), row.weight());
        fields.put(DelegationRules.exhibitField(i, "volumeM3"), row.volume());
        exhibitRows.add(new HorizontalLayout(row.machine(), row.weight(), row.volume()));
    }

    ApplicationDraft draft() {
        List<Exhibit> list = exhibits.stream()
                .map(r -> new Exhibit(r.machine().getValue(), r.weight().getValue(), r.volume().getValue()))
                .toList();
        return new ApplicationDraft(travellers.getValue(), areaM2.getValue(), list, notes.getValue());
    }

    /** Marks the fields a refusal names; re-enables the form. */
    void show(List<FieldProblem> problems) {
        submit.setEnabled(true);
        fields.show(problems);
    }

    Capacity total() {
        return total;
    }
}
