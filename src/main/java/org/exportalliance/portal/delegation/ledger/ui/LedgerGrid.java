package org.exportalliance.portal.delegation.ledger.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.delegation.ledger.CostItem;
import org.exportalliance.portal.delegation.ledger.SplitRule;
import org.exportalliance.portal.delegation.ledger.Statement;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.jspecify.annotations.Nullable;

/**
 * For staff: every ledger line across the firms, with a column per participating firm, each firm's total in the
 * footer, and the check that the shares of each item add up to it exactly.
 */
class LedgerGrid extends Grid<LedgerGrid.Line> {

    /** One line of the ledger across all firms: what it is, the item's amount, and each firm's share. */
    record Line(String label, @Nullable SplitRule rule, @Nullable BigDecimal itemCny, Map<UUID, BigDecimal> shares) {

        /** What the firms' shares add up to (subsidies are negative shares of a positive item). */
        BigDecimal sharesTotal() {
            return shares.values().stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        boolean addsUp() {
            return itemCny == null || sharesTotal().compareTo(itemCny) == 0;
        }
    }

    LedgerGrid() {
        setId("cost-lines");
        setAllRowsVisible(true);
    }

    /**
     * Shows the fees (per firm, so no item total), then each cost item with its share per firm and its check;
     * without participants yet, the {@code items} alone. Gives the verdict over all lines.
     */
    String show(List<Statement> statements, List<CostItem> items, Map<UUID, Firm> names) {
        Locale locale = getLocale();
        List<Line> rows = statements.isEmpty() ? items.stream().map(item -> new Line(label(item.kind().name(),
                item.description()), item.rule(), item.amountCny(), Map.<UUID, BigDecimal>of())).toList()
                : linesAcross(statements);
        removeAllColumns();
        Columns.text(this, Line::label).setHeader(getTranslation("ledger.item")).setKey("item").setFlexGrow(3)
                .setFooter(getTranslation("costs.total"));
        addColumn(l -> l.rule() == null ? getTranslation("costs.fees")
                : getTranslation("ledger.rule." + l.rule().name())).setHeader(getTranslation("ledger.rule"))
                .setAutoWidth(true).setFlexGrow(0);
        Columns.money(this, l -> l.itemCny() == null ? "" : Formats.yuan(l.itemCny(), locale))
                .setHeader(getTranslation("ledger.amount")).setKey("amount").setAutoWidth(true).setFlexGrow(0);
        for (Statement s : statements) {
            String firm = Optional.ofNullable(names.get(s.firmId())).map(f -> f.name(locale))
                    .orElse(s.firmId().toString());
            Columns.money(this, l -> Formats.yuan(l.shares().getOrDefault(s.firmId(), BigDecimal.ZERO), locale))
                    .setHeader(firm).setKey("firm-" + s.firmId()).setAutoWidth(true).setFlexGrow(0)
                    .setFooter(Formats.yuan(s.totalCny(), locale));
        }
        addComponentColumn(l -> verdict(l, !statements.isEmpty(), locale))
                .setHeader(getTranslation("costs.check")).setKey("check").setAutoWidth(true).setFlexGrow(0);
        setItems(rows);
        long itemCount = rows.stream().filter(l -> l.itemCny() != null).count();
        return statements.isEmpty() ? getTranslation("costs.no-participants")
                : rows.stream().allMatch(Line::addsUp) ? getTranslation("costs.check.all-ok", itemCount)
                : getTranslation("costs.check.some-off");
    }

    /** The statements list the same lines in the same order; line i across them is one ledger line. */
    private List<Line> linesAcross(List<Statement> statements) {
        List<Line> rows = new ArrayList<>();
        List<Statement.Line> first = statements.getFirst().lines();
        for (int i = 0; i < first.size(); i++) {
            int index = i;
            Statement.Line l = first.get(i);
            Map<UUID, BigDecimal> shares = statements.stream().collect(Collectors.toMap(Statement::firmId,
                    s -> s.lines().get(index).shareCny(), (a, b) -> a, LinkedHashMap::new));
            rows.add(new Line(getTranslation(l.labelKey()) + (l.description().isEmpty() ? ""
                    : " · " + l.description()), l.rule(), l.rule() == null ? null : l.itemCny(), shares));
        }
        return rows;
    }

    private Span verdict(Line l, boolean participants, Locale locale) {
        Span verdict = new Span(l.itemCny() == null ? ""
                : !participants ? getTranslation("costs.no-participants")
                : getTranslation(l.addsUp() ? "costs.check.ok" : "costs.check.off",
                        Formats.yuan(l.sharesTotal(), locale)));
        if (l.itemCny() != null && participants) {
            verdict.addClassName(l.addsUp() ? "share-check-ok" : "share-check-off");
        }
        return verdict;
    }

    private String label(String kindName, String description) {
        return getTranslation("ledger.kind." + kindName) + (description.isEmpty() ? "" : " · " + description);
    }
}
