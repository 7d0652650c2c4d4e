package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.exportalliance.portal.lead.importing.ImportProgress;
import org.exportalliance.portal.lead.importing.ImportResult;
import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * A running import's progress bar and stage, and its outcome in one line under them. A refused or failed import says
 * why on that line, once; no notification repeats it.
 */
class ImportProgressLine extends VerticalLayout {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportProgressLine.class);

    final ProgressBar progress = new ProgressBar();
    final Span stage = new Span();
    final Span result = new Span();

    ImportProgressLine() {
        setPadding(false);
        setWidthFull();
        progress.setId("lead-import-progress");
        progress.setVisible(false);
        stage.setId("lead-import-progress-text");
        result.setId("lead-import-result");
        add(progress, stage, result);
    }

    void start() {
        progress.setVisible(true);
        progress.setValue(0);
        stage.setText(getTranslation("lead.import.progress.CHECKING"));
        result.setText("");
    }

    void show(ImportProgress p) {
        progress.setValue(p.fraction());
        stage.setText(getTranslation("lead.import.progress." + p.stage().name(), p.done(), p.total()));
    }

    void done(ImportResult done) {
        result.setText(getTranslation("lead.import.done", done.imported(), done.skipped(), done.conflicted()));
    }

    void failed(Throwable error) {
        progress.setVisible(false);
        stage.setText("");
        if (error instanceof Refusal refusal) {
            result.setText(getTranslation(refusal.messageKey(), refusal.args()));
        } else {
            log.error("A lead import failed", error);
            result.setText(getTranslation("error.unexpected"));
        }
    }

    /** The last outcome no longer holds (a new check is needed). */
    void clearResult() {
        result.setText("");
    }
}
