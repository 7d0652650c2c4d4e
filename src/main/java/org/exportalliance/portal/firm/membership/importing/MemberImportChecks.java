package org.exportalliance.portal.firm.membership.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.membership.CreditCode;
import org.exportalliance.portal.firm.people.InviteeAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What no single row shows: the same credit code, name or admin address in two rows of the file (each row names the
 * other), a code or name the register holds already, and an admin address that is an account's or invited already.
 */
@Component
class MemberImportChecks {

    private final MemberImportRepository register;
    private final InviteeAddresses addresses;

    MemberImportChecks(MemberImportRepository register, InviteeAddresses addresses) {
        this.register = register;
        this.addresses = addresses;
    }

    /** The rows with these problems added. */
    Mono<List<MemberRow>> check(Actor actor, List<MemberRow> rows) {
        List<List<RowProblem>> found = new ArrayList<>();
        rows.forEach(r -> found.add(new ArrayList<>()));
        twice(rows, found, r -> creditCode(r), "creditCode", "members.import.duplicate.credit-code");
        twice(rows, found, r -> lower(r.draft().nameZh()), "nameZh", "members.import.duplicate.name");
        twice(rows, found, r -> lower(r.draft().nameEn()), "nameEn", "members.import.duplicate.name");
        twice(rows, found, r -> lower(r.adminEmail()), "adminEmail", "members.import.duplicate.admin-email");
        Set<String> emails = Set.copyOf(values(rows, "adminEmail", r -> lower(r.adminEmail())));
        return register.registered(values(rows, "creditCode", MemberImportChecks::creditCode),
                        values(rows, "nameZh", r -> lower(r.draft().nameZh())),
                        values(rows, "nameEn", r -> lower(r.draft().nameEn())))
                .zipWith(addresses.inUse(actor, emails))
                .map(taken -> {
                    MemberImportRepository.Registered registered = taken.getT1();
                    for (int i = 0; i < rows.size(); i++) {
                        MemberRow row = rows.get(i);
                        List<RowProblem> problems = found.get(i);
                        if (among(registered.creditCodes(), creditCode(row))) {
                            problems.add(RowProblem.of("creditCode", "firm.credit-code.taken"));
                        }
                        if (among(registered.namesZh(), lower(row.draft().nameZh()))) {
                            problems.add(RowProblem.of("nameZh", "firm.name.taken"));
                        }
                        if (among(registered.namesEn(), lower(row.draft().nameEn()))) {
                            problems.add(RowProblem.of("nameEn", "firm.name.taken"));
                        }
                        if (among(taken.getT2(), lower(row.adminEmail()))) {
                            problems.add(RowProblem.of("adminEmail", "members.import.admin-email.in-use"));
                        }
                    }
                    List<MemberRow> checked = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        checked.add(rows.get(i).with(found.get(i)));
                    }
                    return checked;
                });
    }

    /** Rows sharing a value each get a problem naming another row that has it (the first, or for it the second). */
    private static void twice(List<MemberRow> rows, List<List<RowProblem>> found,
            Function<MemberRow, @Nullable String> value, String field, String messageKey) {
        Map<String, List<Integer>> byValue = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String v = value.apply(rows.get(i));
            if (v != null) {
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> same : byValue.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (int i : same) {
                int other = same.get(0) == i ? same.get(1) : same.get(0);
                found.get(i).add(new RowProblem(field, messageKey, null, rows.get(other).row()));
            }
        }
    }

    /**
     * The values to look up: those of rows whose field has no problem of its own (a malformed code cannot be
     * registered, and text no one types must not reach the database).
     */
    private static List<String> values(List<MemberRow> rows, String field,
            Function<MemberRow, @Nullable String> value) {
        List<String> values = new ArrayList<>();
        for (MemberRow row : rows) {
            String v = value.apply(row);
            if (v != null && row.problems().stream().noneMatch(p -> p.field().equals(field))) {
                values.add(v);
            }
        }
        return values.stream().distinct().toList();
    }

    private static boolean among(Set<String> values, @Nullable String value) {
        return value != null && values.contains(value);
    }

    private static @Nullable String creditCode(MemberRow row) {
        String code = row.draft().creditCode();
        return code == null || code.isBlank() ? null : CreditCode.normalise(code);
    }

    private static @Nullable String lower(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
