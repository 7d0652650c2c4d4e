package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.ElementUtil;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The side navigation, sent as markup: a {@code vaadin-side-nav} whose items are plain child elements rather than a
 * server-side component each. Its items never change while a page is open (a language change reloads the page), and
 * the browser's side-nav items navigate and mark the current one by themselves, so an open UI needs no state nodes,
 * listener maps and event buses for them: 22 components, about 20 kB per idle session (bench {@code session-heap}).
 *
 * <p>The markup is what the {@link SideNavItem}s the layout used to attach would render, built once per language and
 * list of entries and shared by every session that shows it. Its inputs are the bundles' labels and the routes'
 * paths, escaped by the same serialiser.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class SideNavigation extends Component {

    /** At most one entry per language and role combination's list of entries. */
    private static final Map<Key, String> MARKUP = new ConcurrentHashMap<>();

    private record Key(Locale locale, List<NavigationEntry> entries) {}

    SideNavigation(List<NavigationEntry> entries, Locale locale, UnaryOperator<String> translate) {
        setId("side-nav");
        getElement().setProperty("innerHTML", MARKUP.computeIfAbsent(new Key(locale, List.copyOf(entries)),
                key -> markup(key.entries(), translate)));
    }

    private static String markup(List<NavigationEntry> entries, UnaryOperator<String> translate) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        StringBuilder html = new StringBuilder();
        for (NavigationEntry entry : entries) {
            SideNavItem item = new SideNavItem(translate.apply(entry.labelKey()), entry.view(), entry.icon().create());
            html.append(ElementUtil.toJsoup(document, item.getElement()).outerHtml());
        }
        return html.toString();
    }

    /** The items' labels, in order (for tests: the server holds no item components to ask). */
    public List<String> labels() {
        return items().stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The items' paths, in order. */
    public List<String> paths() {
        return items().stream().map(item -> item.attr("path")).toList();
    }

    private List<org.jsoup.nodes.Element> items() {
        return Jsoup.parseBodyFragment(getElement().getProperty("innerHTML", "")).select("vaadin-side-nav-item");
    }
}
