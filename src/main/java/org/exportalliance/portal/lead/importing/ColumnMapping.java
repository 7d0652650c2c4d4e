package org.exportalliance.portal.lead.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Which lead field each column of the file fills, by column index; {@code null} leaves a column out. Suggested from
 * the headers and changed by the user; every field fills from at most one column, and the company and the country
 * must come from somewhere.
 */
public record ColumnMapping(List<@Nullable LeadColumn> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /** The known header names mapped to their fields; a field named twice is taken by its first column only. */
    public static ColumnMapping suggest(List<String> headers) {
        Set<LeadColumn> taken = EnumSet.noneOf(LeadColumn.class);
        List<@Nullable LeadColumn> columns = new ArrayList<>();
        for (String header : headers) {
            LeadColumn column = LeadColumn.ofHeader(header).filter(taken::add).orElse(null);
            columns.add(column);
        }
        return new ColumnMapping(columns);
    }

    /** The same mapping with {@code column} (or nothing) at {@code index}. */
    public ColumnMapping with(int index, @Nullable LeadColumn column) {
        List<@Nullable LeadColumn> changed = new ArrayList<>(columns);
        while (changed.size() <= index) {
            changed.add(null);
        }
        changed.set(index, column);
        return new ColumnMapping(changed);
    }

    public Optional<Integer> indexOf(LeadColumn column) {
        int i = columns.indexOf(column);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** Problems of the mapping itself, under the field {@code mapping}. */
    public List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<LeadColumn> seen = EnumSet.noneOf(LeadColumn.class);
        for (LeadColumn column : columns) {
            if (column != null && !seen.add(column)) {
                problems.add(new FieldProblem("mapping", "lead.import.mapping.twice"));
                break;
            }
        }
        if (!seen.contains(LeadColumn.COMPANY)) {
            problems.add(new FieldProblem("mapping", "lead.import.mapping.company"));
        }
        if (!seen.contains(LeadColumn.COUNTRY)) {
            problems.add(new FieldProblem("mapping", "lead.import.mapping.country"));
        }
        return problems;
    }
}
