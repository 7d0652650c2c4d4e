package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.platform.refusal.FieldProblem;

/**
 * A form's fields by the names the rules use, so the same {@link FieldProblem}s mark them whether they came from the
 * form's own check or from the service's refusal.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public <F extends HasValidation> F put(String name, F field) {
        fields.put(name, field);
        return field;
    }

    /** Clears every field, then marks each named one with its localised message. */
    public void show(List<FieldProblem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (FieldProblem p : problems) {
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(owner.getTranslation(p.messageKey()));
                field.setInvalid(true);
            }
        }
    }
}
