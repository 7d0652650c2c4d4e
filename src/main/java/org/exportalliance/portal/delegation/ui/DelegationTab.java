package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Supplier;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * One tab of the delegation page (pavilion, costs, travellers, …). The page shows a tab when it is selected and
 * again whenever the delegation changes while it is selected, so a tab loads only what the user looks at.
 *
 * <p>Tabs are prototype-scoped Spring components, ordered with {@code @Order}: each page gets its own, with the
 * services it needs injected, and a new tab needs no change to the page.
 */
public abstract class DelegationTab extends VerticalLayout {

    private final String labelKey;
    private Runnable reloadPage = () -> { };
    private Disposable live = () -> { };

    /** {@code labelKey} is the message key of the tab's label. */
    protected DelegationTab(String labelKey) {
        this.labelKey = labelKey;
        setPadding(false);
    }

    /** The tab's name in the page's address ({@code delegation/<id>?tab=travellers}). */
    public String key() {
        return getClass().getSimpleName().replaceFirst("Tab$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The message key of the tab's label. */
    public final String labelKey() {
        return labelKey;
    }

    /**
     * Whether the signed-in user may see this tab for this delegation at all; {@code takesPart} says whether the
     * user is staff or their firm takes part (approved or accepted), which the page works out once for every tab.
     */
    public boolean visibleFor(Delegation delegation, boolean takesPart) {
        return true;
    }

    /** (Re)loads the tab's content for the delegation, which may have changed since the last call. */
    public abstract void show(Delegation delegation);

    /** The page tells the tab how to reload it (header figures and this tab) after the user's own change. */
    public final void onReloadPage(Runnable reload) {
        this.reloadPage = reload;
    }

    /**
     * Reloads the page at once after a change the user made here, rather than waiting for the live event, so the
     * remaining places never look stale to the person who just took one.
     */
    protected final void reloadPage() {
        reloadPage.run();
    }

    /**
     * While the tab is on screen, reloads it whenever {@code changes} announce a change to the delegation it shows
     * (or a resync after missed events), so what others change appears without a refresh.
     */
    protected final void followChanges(Flux<LiveEvent> changes, Supplier<@Nullable Delegation> shown,
            Runnable reload) {
        addAttachListener(attach -> live = UiCalls.subscribe(attach.getUI(), changes.filter(e -> e.isResync()
                || shown.get() != null && shown.get().id().toString().equals(e.id())), change -> reload.run()));
        addDetachListener(detach -> live.dispose());
    }
}
