package org.exportalliance.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exportalliance.portal.architecture.SqlTables.Reference;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature, and only that feature's SQL names it (docs/architecture.md, decision 30). Other
 * features go through the owner's public service. The exceptions are {@link #ALLOWED}, each with its reason; they
 * only read.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/exportalliance/portal");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Every table and view of the schema, by the feature that owns it. docs/architecture.md shows the same. */
    static final Map<String, List<String>> OWNERS = owners(
            "account", "app_user, api_token, user_session, account_link, mfa_recovery_code",
            "platform", "idempotency_record",
            "audit", "audit_event",
            "notification", "notification, notice_channel, notice_outbox, notice_delivery, webhook_endpoint, "
                    + "webhook_delivery, webhook_attempt, webhook_allowed_host",
            "firm", "firm, firm_category, machine_category, invitation",
            "fair", "fair",
            "delegation", "delegation, delegation_application, delegation_tier_quota, application_exhibit, "
                    + "cost_item, booth",
            "logistics", "traveller, itinerary_item, exhibit_shipment, exhibit_milestone, checklist_item, "
                    + "checklist_participant, checklist_completion, checklist_reminder, checklist_reminder_mail",
            "lead", "lead_policy, buyer, lead, lead_category, lead_contact, lead_share_firm, lead_share_category, "
                    + "claim, claim_scope, claim_event, lead_conflict",
            "order", "fx_rate, export_order, export_order_line, export_order_stage",
            "request", "working_calendar_day, request_category, request_sla, responder_unit, responder_member, "
                    + "responder_category, service_request, request_event, request_attachment, lab_test, "
                    + "request_sla_alert",
            "insight", "insight_won_month, insight_fair_won, insight_year_stamp");

    /** Where code may read a table another feature owns; {@code where} is a package or class below the base. */
    record Allowed(String where, Set<String> tables, String why) {
        boolean covers(String place, String table) {
            boolean here = where.equals(DEMO) ? Arrays.asList(place.split("\\.")).contains("demo")
                    : place.equals(where) || place.startsWith(where + ".");
            return here && (tables.isEmpty() || tables.contains(table));
        }
    }

    private static final String DEMO = "*.demo";

    /** The exceptions. An empty set of tables means any table. */
    static final List<Allowed> ALLOWED = List.of(
            new Allowed("insight", Set.of(),
                    "the read model: dashboards aggregate every firm's orders, ledgers, delegations and claims in SQL "
                            + "(decision 20); the service-by-service way would read a million orders per request"),
            new Allowed("logistics", Set.of("delegation_application"),
                    "firm scoping and takes_part(status) in the same statement as the write: a traveller, an "
                            + "itinerary item, a shipment milestone is written only while the firm takes part "
                            + "(decision 15), and the traveller insert locks the application row (decision 16)"),
            new Allowed("logistics.shipping", Set.of("application_exhibit"),
                    "the exhibits shipped are the ones the firm listed in its application; shipping keeps only "
                            + "their milestones"),
            new Allowed("logistics.checklist.ReminderRepository", Set.of("delegation"),
                    "no reminders for a cancelled or finished delegation, decided in the one statement that "
                            + "records each reminder once for every instance"),
            new Allowed("audit.AuditRepository", Set.of("app_user", "firm"),
                    "display names: the trail shows who acted and their firm, and filters by user name, in one "
                            + "keyset-paged query over millions of entries"),
            new Allowed("delegation.pavilion.PavilionRepository", Set.of("firm"),
                    "display names: a booth's assignee and the area balances show the firm's name"),
            new Allowed("logistics.shipping.ShipmentRepository", Set.of("app_user"),
                    "display names: who recorded a milestone"),
            new Allowed("lead.LeadVisibility", Set.of("firm_category"),
                    "lead visibility is one SQL condition (decision 19): SELECTED leads reach the firms making a "
                            + "category they are shared with"),
            new Allowed(DEMO, Set.of(),
                    "demo seeders read the rows other seeders made to build on them (the fair of a demo "
                            + "delegation, its applications' exhibits, the demo firms); they write their own "
                            + "feature's tables only"));

    @Test
    void every_table_has_one_owner() throws IOException {
        Set<String> schema = schemaTables();
        Map<String, Long> owned = OWNERS.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertThat(owned.keySet()).as("tables and views the migrations create").isEqualTo(schema);
        assertThat(owned).allSatisfy((table, owners) -> assertThat(owners).as(table).isOne());
        assertThat(OWNERS.keySet()).allSatisfy(feature -> assertThat(MAIN.resolve(feature)).isDirectory());
    }

    @Test
    void features_name_only_their_own_tables_in_sql() throws IOException {
        assertThat(violations(mainSources(), schemaTables())).isEmpty();
    }

    @Test
    void every_exception_is_still_needed() throws IOException {
        Map<String, String> sources = mainSources();
        Set<String> schema = schemaTables();
        for (Allowed allowed : ALLOWED) {
            List<String> without = violations(sources, schema, ALLOWED.stream().filter(a -> a != allowed).toList());
            assertThat(without).as("what %s allows (%s)", allowed.where(), allowed.why()).isNotEmpty();
        }
    }

    /** The test of the test: a feature naming another's table in SQL fails; columns, aliases and comments do not. */
    @Test
    void a_foreign_table_in_sql_is_found_and_a_column_is_not() {
        String source = """
                class Leads {
                    // select * from firm: a comment, not SQL
                    String list = "select l.firm_id, f.name_zh as firm from lead l join firm f on f.id = l.firm_id";
                    String change = \"""
                            update lead set firm_id = :firm, booth = 'from booth' where exists (
                                select 1 from delegation_application a, fair x where a.id = x.id)\""";
                    String gone = "delete from booth where extract(year from created_at) > 2000";
                    String added = "insert into lead_category (lead_id) select id from unnest(:ids) as u(id)";
                    char quote = '"';
                }""";
        assertThat(SqlTables.in(source)).containsExactlyInAnyOrder(Reference.read("lead"), Reference.read("firm"),
                Reference.write("lead"), Reference.read("delegation_application"), Reference.read("fair"),
                Reference.write("booth"), Reference.read("created_at"), Reference.write("lead_category"));
        Set<String> schema = Set.of("lead", "firm", "firm_category", "booth", "delegation_application", "fair");
        assertThat(violations(Map.of("lead/LeadRepository", source), schema)).containsExactlyInAnyOrder(
                "lead/LeadRepository reads firm (owned by firm)",
                "lead/LeadRepository reads delegation_application (owned by delegation)",
                "lead/LeadRepository reads fair (owned by fair)",
                "lead/LeadRepository writes booth (owned by delegation)");
        assertThat(violations(Map.of("lead/LeadVisibility", "String s = \"join firm_category f on true\";"), schema))
                .as("an exception covers its place and table").isEmpty();
        assertThat(violations(Map.of("fair/demo/DemoFairs", "String s = \"insert into firm values (1)\";"), schema))
                .as("demo seeders may read, never write, another feature's table")
                .containsExactly("fair/demo/DemoFairs writes firm (owned by firm)");
    }

    @Test
    void the_documented_owners_are_these() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        int start = doc.indexOf("<!-- owners -->");
        int end = doc.indexOf("<!-- /owners -->");
        assertThat(start).as("docs/architecture.md marks its table of owners").isPositive();
        Map<String, List<String>> documented = new LinkedHashMap<>();
        doc.substring(start, end).lines()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.split("\\|"))
                .forEach(cells -> documented.put(cells[1].strip().replace("`", ""),
                        Arrays.stream(cells[2].split(",")).map(t -> t.strip().replace("`", "")).toList()));
        assertThat(documented).isEqualTo(OWNERS);
    }

    static List<String> violations(Map<String, String> sources, Set<String> schema) {
        return violations(sources, schema, ALLOWED);
    }

    /** {@code sources} by path below the base package, without ".java". */
    static List<String> violations(Map<String, String> sources, Set<String> schema, List<Allowed> allowed) {
        Map<String, String> ownerOf = new TreeMap<>();
        OWNERS.forEach((feature, tables) -> tables.forEach(t -> ownerOf.put(t, feature)));
        List<String> found = new ArrayList<>();
        sources.forEach((path, source) -> {
            String feature = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            String place = path.replace('/', '.');
            new TreeSet<>(SqlTables.in(source).stream().filter(r -> schema.contains(r.table()))
                    .map(r -> (r.write() ? "writes " : "reads ") + r.table()).toList())
                    .forEach(use -> {
                        String table = use.substring(use.indexOf(' ') + 1);
                        String owner = ownerOf.getOrDefault(table, "nobody");
                        boolean excepted = use.startsWith("reads ")
                                && allowed.stream().anyMatch(a -> a.covers(place, table));
                        if (!owner.equals(feature) && !excepted) {
                            found.add(path + " " + use + " (owned by " + owner + ")");
                        }
                    });
        });
        return found;
    }

    private static Map<String, String> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(
                            f -> MAIN.relativize(f).toString().replace('\\', '/').replaceFirst("\\.java$", ""),
                            TableOwnershipTest::read, (a, b) -> a, TreeMap::new));
        }
    }

    /** The tables and views the migrations leave: created and not dropped (or renamed away). */
    static Set<String> schemaTables() throws IOException {
        Pattern ddl = Pattern.compile("(?i)\\b(create|drop)\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+)?"
                + "(?:materialized\\s+)?(table|view)\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?([a-z_][a-z0-9_]*)");
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted((a, b) -> Integer.compare(version(a), version(b))).toList()) {
                Matcher m = ddl.matcher(read(file).replaceAll("--[^\\n]*", ""));
                while (m.find()) {
                    if (m.group(1).equalsIgnoreCase("create")) {
                        tables.add(m.group(3).toLowerCase());
                    } else {
                        tables.remove(m.group(3).toLowerCase());
                    }
                }
            }
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static Map<String, List<String>> owners(String... featureAndTables) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (int i = 0; i < featureAndTables.length; i += 2) {
            owners.put(featureAndTables[i], Arrays.stream(featureAndTables[i + 1].split(",")).map(String::strip)
                    .toList());
        }
        return owners;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
