package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.setup.CategoryDraft;
import org.exportalliance.portal.request.setup.CategoryEntry;
import org.exportalliance.portal.request.setup.CategoryRules;
import org.exportalliance.portal.request.setup.CategorySetup;
import org.exportalliance.portal.shell.FormDialog;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Staff add a category or rename one (its code stays: requests keep it). {@link CategoryRules} mark the fields before
 * anything is sent; the service's refusals (a code or name taken) mark the same fields.
 */
class CategoryDialog extends FormDialog<CategoryEntry> {

    final TextField code = new TextField();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField position = new IntegerField();

    private final CategorySetup categories;
    private final SignedIn signedIn;
    private final @Nullable CategoryEntry editing;

    CategoryDialog(CategorySetup categories, SignedIn signedIn, @Nullable CategoryEntry editing, int position,
            Consumer<CategoryEntry> onSaved) {
        super("setup-category-save", null, "request.setup.close", onSaved);
        this.categories = categories;
        this.signedIn = signedIn;
        this.editing = editing;
        setId("setup-category-dialog");
        setHeaderTitle(getTranslation(editing == null ? "request.setup.category.dialog.new"
                : "request.setup.category.dialog.edit"));
        setWidth("min(36rem, 95vw)");
        text(code, "code", "request.setup.category.code", CategoryRules.MAX_CODE);
        code.setHelperText(getTranslation("request.setup.category.code-help"));
        text(nameZh, "nameZh", "request.setup.category.name-zh", CategoryRules.MAX_NAME);
        text(nameEn, "nameEn", "request.setup.category.name-en", CategoryRules.MAX_NAME);
        this.position.setLabel(getTranslation("request.setup.category.position"));
        this.position.setHelperText(getTranslation("request.setup.category.position-help"));
        this.position.setMin(0);
        this.position.setMax(CategoryRules.MAX_POSITION);
        this.position.setId("setup-category-position");
        this.position.setValue(position);
        field("position", this.position);
        if (editing != null) {
            code.setValue(editing.code());
            code.setReadOnly(true);
            nameZh.setValue(editing.category().nameZh());
            nameEn.setValue(editing.category().nameEn());
            this.position.setValue(editing.category().position());
        }
        add(new FormLayout(code, this.position, nameZh, nameEn));
        save.setText(getTranslation("request.setup.save"));
    }

    private void text(TextField field, String name, String labelKey, int max) {
        field.setLabel(getTranslation(labelKey));
        field.setId("setup-category-" + name);
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        field(name, field);
    }

    CategoryDraft draft() {
        return new CategoryDraft(code.getValue(), nameZh.getValue(), nameEn.getValue(),
                Objects.requireNonNullElse(position.getValue(), -1)).normalised();
    }

    @Override
    protected List<FieldProblem> check() {
        return CategoryRules.check(draft(), editing == null);
    }

    @Override
    protected Mono<CategoryEntry> call() {
        CategoryDraft draft = draft();
        return editing == null ? categories.add(signedIn.actor(), draft)
                : categories.rename(signedIn.actor(), editing.code(), editing.version(), draft);
    }

    @Override
    protected void done(CategoryEntry saved) {
        UiCalls.showSuccess(this, "request.setup.category.saved", saved.category().name(getLocale()));
    }
}
