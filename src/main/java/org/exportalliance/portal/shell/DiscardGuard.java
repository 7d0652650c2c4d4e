package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Keeps a form dialog from dropping what the user typed: Esc and a click outside go through {@link #requestClose()},
 * which closes at once while nothing changed since the dialog opened and otherwise asks first. A form's own
 * Cancel/Close button calls {@link #requestClose()} as well; a successful save calls {@code dialog.close()}.
 */
public final class DiscardGuard {

    private final Dialog dialog;
    private final Map<HasValue<?, ?>, Object> opened = new IdentityHashMap<>();

    private DiscardGuard(Dialog dialog) {
        this.dialog = dialog;
    }

    /** Guards {@code dialog}; the values its fields hold when it opens count as unchanged. */
    public static DiscardGuard protect(Dialog dialog) {
        DiscardGuard guard = new DiscardGuard(dialog);
        // With a close-action listener the dialog no longer closes itself on Esc or an outside click.
        dialog.addDialogCloseActionListener(e -> guard.requestClose());
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                guard.remember();
            }
        });
        if (dialog.isOpened()) {
            guard.remember();
        }
        return guard;
    }

    /** Closes the dialog, after asking when the user typed something that would be lost. */
    public void requestClose() {
        if (!changed()) {
            dialog.close();
            return;
        }
        Confirmation.of(dialog.getTranslation("shell.discard.title"), dialog.getTranslation("shell.discard.text"),
                        dialog.getTranslation("shell.discard.confirm"))
                .keepLabel(dialog.getTranslation("shell.discard.keep"))
                .onConfirm(reason -> dialog.close())
                .open();
    }

    /** Whether any field differs from its value when the dialog opened (fields added since count if not empty). */
    public boolean changed() {
        return fields(dialog).anyMatch(field -> opened.containsKey(field)
                ? !Objects.equals(opened.get(field), field.getValue())
                : !field.isEmpty());
    }

    private void remember() {
        opened.clear();
        fields(dialog).forEach(field -> opened.put(field, field.getValue()));
    }

    /** The fields under {@code root}; a field is one value, so a date-time picker's inner parts are not counted. */
    private static Stream<HasValue<?, ?>> fields(Component root) {
        return root instanceof HasValue<?, ?> field ? Stream.of(field)
                : root.getChildren().flatMap(DiscardGuard::fields);
    }
}
