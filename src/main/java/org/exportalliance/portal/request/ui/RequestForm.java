package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.LabSamples;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestRules;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.FormDialog;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A firm files a request (企业点单): its category, a title, what it needs, how urgent it is, and for a lab test the
 * samples (how many, of what, against which standard). {@link RequestRules} mark the fields before anything is sent,
 * and the service's refusals mark the same fields; the dialog asks before dropping what was typed. A request staff
 * returned is filed again in the same form, its category and samples fixed and the rest as the firm left it.
 */
class RequestForm extends FormDialog<ServiceRequest> {

    final ComboBox<RequestCategory> category = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final RadioButtonGroup<Priority> urgency = new RadioButtonGroup<>();
    final IntegerField samples = new IntegerField();
    final TextField material = new TextField();
    final TextField standard = new TextField();
    final ComboBox<ConcernChoices.Choice> concerns = new ComboBox<>();
    final FormLayout lab = new FormLayout();

    private final Map<String, RequestCategory> categories;
    private final Map<String, RequestCategory> everyCategory;
    private final RequestService requests;
    private final Actor actor;
    private @Nullable ServiceRequest returned;

    RequestForm(RequestService requests, Actor actor, List<RequestCategory> categories,
            Consumer<ServiceRequest> onFiled) {
        super("request-save", "request-form-close", "requests.close", onFiled);
        this.requests = requests;
        this.actor = actor;
        this.everyCategory = categories.stream().collect(Collectors.toMap(RequestCategory::code,
                Function.identity(), (a, b) -> a));
        // Only the categories still offered: the list a view passes may name old requests' categories too.
        this.categories = categories.stream().filter(RequestCategory::active)
                .collect(Collectors.toMap(RequestCategory::code, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        setId("request-form");
        setHeaderTitle(getTranslation("requests.file"));
        setWidth("min(48rem, 95vw)");

        category.setLabel(getTranslation("requests.category"));
        category.setItems(this.categories.values());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setRequiredIndicatorVisible(true);
        category.setId("request-category");
        category.addValueChangeListener(e -> lab.setVisible(e.getValue() != null && e.getValue().labTest()));
        field("category", category);
        title.setLabel(getTranslation("requests.title-column"));
        title.setMaxLength(RequestRules.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setId("request-title");
        field("title", title);
        description.setLabel(getTranslation("requests.description"));
        description.setHelperText(getTranslation("requests.description.hint"));
        description.setMaxLength(RequestRules.MAX_TEXT);
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("8em");
        description.setId("request-description");
        field("description", description);
        urgency.setLabel(getTranslation("requests.urgency"));
        urgency.setItems(Priority.values());
        urgency.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        urgency.setValue(Priority.NORMAL);
        urgency.setId("request-urgency");
        field("urgency", urgency);
        samplesFields();
        concerns.setLabel(getTranslation("requests.concerns"));
        concerns.setHelperText(getTranslation("requests.concerns.hint"));
        concerns.setItemLabelGenerator(c -> c.label(this));
        concerns.setClearButtonVisible(true);
        concerns.setId("request-concerns");
        concerns.setVisible(false);
        field("concerns", concerns);

        FormLayout form = new FormLayout(category, urgency, title, description, concerns);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(concerns, 2);
        add(form, lab);

        save.setText(getTranslation("requests.file.send"));
    }

    private void samplesFields() {
        samples.setLabel(getTranslation("requests.samples.count"));
        samples.setMin(1);
        samples.setMax(RequestRules.MAX_SAMPLES);
        samples.setStepButtonsVisible(true);
        samples.setRequiredIndicatorVisible(true);
        samples.setId("request-samples");
        field("samples.count", samples);
        material.setLabel(getTranslation("requests.samples.material"));
        material.setMaxLength(RequestRules.MAX_MATERIAL);
        material.setRequiredIndicatorVisible(true);
        material.setId("request-material");
        field("samples.material", material);
        standard.setLabel(getTranslation("requests.samples.standard"));
        standard.setPlaceholder("GB/T 3923.1-2013");
        standard.setMaxLength(RequestRules.MAX_STANDARD);
        standard.setRequiredIndicatorVisible(true);
        standard.setId("request-standard");
        field("samples.standard", standard);
        lab.add(samples, material, standard);
        lab.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        lab.setId("request-lab");
        lab.setVisible(false);
    }

    /** The firm's delegations, orders and leads it may say the request concerns; none offered, none shown. */
    RequestForm offering(List<ConcernChoices.Choice> choices) {
        concerns.setItems(choices);
        concerns.setVisible(!choices.isEmpty());
        return this;
    }

    /** The form filled with a returned request, to correct and file again. */
    RequestForm refiling(ServiceRequest request, @Nullable LabTest labTest) {
        returned = request;
        setHeaderTitle(getTranslation("requests.refile", request.reference()));
        RequestCategory kept = everyCategory.get(request.category());
        if (kept != null && !kept.active()) {
            category.setItems(kept);
        }
        category.setValue(kept);
        category.setReadOnly(true);
        title.setValue(request.title());
        description.setValue(request.description());
        urgency.setValue(request.state().priority());
        if (labTest != null) {
            samples.setValue(labTest.samples());
            material.setValue(labTest.material());
            standard.setValue(labTest.standard());
        }
        samples.setReadOnly(true);
        material.setReadOnly(true);
        standard.setReadOnly(true);
        save.setText(getTranslation("requests.refile.send"));
        return this;
    }

    /** What the form holds; samples only for a lab-test category. */
    RequestDraft draft() {
        RequestCategory c = category.getValue();
        LabSamples labSamples = c != null && c.labTest()
                ? new LabSamples(samples.getValue(), material.getValue(), standard.getValue()) : null;
        ConcernChoices.Choice about = concerns.getValue();
        return new RequestDraft(c == null ? null : c.code(), title.getValue(), description.getValue(),
                urgency.getValue(), about == null ? null : about.concerns(), labSamples).normalised();
    }

    @Override
    protected List<FieldProblem> check() {
        // A returned request keeps its category, even one staff have since retired.
        return RequestRules.check(draft(), categories).stream()
                .filter(p -> returned == null || !p.field().equals("category")).toList();
    }

    @Override
    protected Mono<ServiceRequest> call() {
        ServiceRequest again = returned;
        return again == null ? requests.file(actor, draft())
                : requests.refile(actor, again.id(), again.version(), draft());
    }

    @Override
    protected void done(ServiceRequest filed) {
        UiCalls.showSuccess(this, returned == null ? "requests.filed-as" : "requests.refiled-as", filed.reference());
    }
}
