package org.exportalliance.portal.firm.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * Who may manage whose people and grant which roles: staff anyone's, a firm admin their own firm's, as MEMBER or
 * FIRM_ADMIN only. CHAIN_LEADER goes only to people of chain-leader firms, STAFF only to the association's.
 */
public final class PeopleRules {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,39}$");

    private PeopleRules() {}

    public static boolean mayManage(Actor actor, UUID firmId) {
        return actor.isStaff() || (actor.has(Role.FIRM_ADMIN) && actor.firmId().equals(firmId));
    }

    public static Set<Role> grantable(Actor actor, FirmKind kind) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (actor.isStaff() || actor.has(Role.FIRM_ADMIN)) {
            roles.add(Role.MEMBER);
            roles.add(Role.FIRM_ADMIN);
        }
        if (actor.isStaff() && kind == FirmKind.CHAIN_LEADER) {
            roles.add(Role.CHAIN_LEADER);
        }
        if (actor.isStaff() && kind == FirmKind.ASSOCIATION) {
            roles.add(Role.STAFF);
        }
        return roles;
    }

    /**
     * The roles a person ends up with when {@code actor} asks for {@code asked}: what the actor may not grant is kept
     * as it was (a firm admin cannot take a colleague's CHAIN_LEADER away, nor give it).
     */
    public static Set<Role> merged(Set<Role> current, Set<Role> asked, Set<Role> grantable) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        current.stream().filter(r -> !grantable.contains(r)).forEach(result::add);
        asked.stream().filter(grantable::contains).forEach(result::add);
        return result;
    }

    /** Problems of a role list typed by {@code actor}: none missing, no nulls, nothing they may not grant. */
    public static List<FieldProblem> checkRoles(@Nullable List<@Nullable Role> roles, Set<Role> grantable) {
        List<FieldProblem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "validation.required"));
            return problems;
        }
        if (roles.size() > Role.values().length) {
            problems.add(new FieldProblem("roles", "validation.too-many"));
            return problems;
        }
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            if (role == null) {
                problems.add(new FieldProblem("roles[" + i + "]", "validation.null-item"));
            } else if (!grantable.contains(role)) {
                problems.add(new FieldProblem("roles[" + i + "]", "firm.role.not-grantable"));
            }
        }
        return problems;
    }

    public static void checkUsername(List<FieldProblem> problems, @Nullable String username) {
        if (username == null || username.isBlank()) {
            problems.add(new FieldProblem("username", "validation.required"));
        } else if (!USERNAME.matcher(normalisedUsername(username)).matches()) {
            problems.add(new FieldProblem("username", "account.username.invalid"));
        }
    }

    public static String normalisedUsername(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static void checkDisplayName(List<FieldProblem> problems, @Nullable String name) {
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("displayName", "validation.required"));
        } else if (name.strip().length() > 100) {
            problems.add(new FieldProblem("displayName", "validation.too-long.100"));
        } else {
            PlainText.addTo(problems, "displayName", name, false);
        }
    }

    public static void checkLocale(List<FieldProblem> problems, @Nullable String locale) {
        if (locale == null || !org.exportalliance.portal.account.AccountService.LOCALES.contains(locale)) {
            problems.add(new FieldProblem("locale", "validation.bad-value"));
        }
    }
}
