package org.exportalliance.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feature packages and their one-way dependencies (STYLE.md): a feature may use features on its own tier or
 * below, never one above; features never form cycles; demo seeders are used by demo seeders only.
 */
class ArchitectureTest {

    static final String BASE = "org.exportalliance.portal";

    /**
     * Top to bottom; each tier may depend only on its own tier and those below it. The same list, one tier per line,
     * is in docs/architecture.md ("Feature tiers"), checked by {@link #the_documented_tiers_are_these}.
     */
    static final List<List<String>> TIERS = List.of(
            List.of("insight"),
            List.of("request"),
            List.of("order"),
            List.of("logistics"),
            List.of("delegation"),
            List.of("fair", "lead"),
            List.of("firm", "audit", "notification"),
            List.of("shell"),
            List.of("platform"),
            List.of("account"));

    static final Pattern GENERATED = Pattern.compile(".*/[^/]*(__[A-Za-z]|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::writtenByHand)
            .importPackages(BASE);

    /**
     * Leaves out what Spring AOT generates into target/classes when the jar is packaged ({@code Xxx__BeanDefinitions},
     * {@code Xxx__Autowiring}, {@code Xxx$$SpringCGLIB$$0}, ...): it wires every feature to every other, and a test
     * run after a {@code package} would otherwise judge it as our code.
     */
    static boolean writtenByHand(Location location) {
        return !location.matches(GENERATED);
    }

    @Test
    void features_depend_only_downwards() {
        for (int tier = 0; tier < TIERS.size(); tier++) {
            for (String feature : TIERS.get(tier)) {
                List<String> forbidden = new ArrayList<>();
                for (int other = 0; other < tier; other++) {
                    for (String f : TIERS.get(other)) {
                        if (!f.equals(feature)) {
                            forbidden.add(BASE + "." + f + "..");
                        }
                    }
                }
                noClasses().that().resideInAPackage(BASE + "." + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                        .allowEmptyShould(true)
                        .because(feature + " may only use features on lower tiers")
                        .check(CLASSES);
            }
        }
    }

    /**
     * Demo seeders are no feature's public surface: nothing outside a {@code demo} package uses one. Seeders may
     * share what a lower feature's seeders set up (the demo delegation the logistics pack works on); the tiers still
     * hold for them.
     */
    @Test
    void only_demo_seeders_use_demo_seeders() {
        noClasses().that().resideOutsideOfPackage(BASE + "..demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "..demo..")
                .check(CLASSES);
    }

    /** docs/architecture.md shows the tiers as a list, one tier per line, in the order of {@link #TIERS}. */
    @Test
    void the_documented_tiers_are_these() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        int start = doc.indexOf("<!-- tiers -->");
        int end = doc.indexOf("<!-- /tiers -->");
        assertThat(start).as("docs/architecture.md marks its tier list").isPositive();
        List<List<String>> documented = doc.substring(start, end).lines()
                .filter(line -> line.startsWith("- "))
                .map(line -> Arrays.stream(line.substring(2).split(","))
                        .map(name -> name.strip().replace("`", "")).toList())
                .toList();
        assertThat(documented).isEqualTo(TIERS);
    }

    @Test
    void services_and_domain_do_not_depend_on_views_or_api_handlers() {
        noClasses().that().resideInAPackage(BASE + "..")
                .and().resideOutsideOfPackages(BASE + ".shell", BASE + "..ui..", BASE + "..api..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "..ui..", BASE + "..api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(BASE + "..api..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /**
     * {@code subscribeOn} lets a failure that comes at once run what follows on a thread Reactor then interrupts
     * ({@code platform.Workers}); work goes through Workers, which hands the outcome on. The account package sits
     * below platform and hands on by itself.
     */
    @Test
    void only_platform_workers_move_work_by_subscription() {
        noClasses().that().resideInAPackage(BASE + "..")
                .and().doNotHaveFullyQualifiedName(BASE + ".platform.Workers")
                .and().resideOutsideOfPackage(BASE + ".account..")
                // Its letter download stalled in browser tests with the hand-over (issue 13, cause not found yet).
                .and().doNotHaveFullyQualifiedName(BASE + ".logistics.traveller.InvitationLetters")
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("subscribeOn"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(Publisher.class)))))
                .check(CLASSES);
    }

    /**
     * SQL sits in repositories (decision 30): a {@code *Repository} class of the feature that owns the tables. The
     * platform's plumbing (live events, idempotency keys, advisory locks, start-up seeding) and demo seeders, which
     * load rows in bulk, are the stated exceptions.
     */
    @Test
    void only_repositories_use_the_database_client() {
        noClasses().that().resideInAPackage(BASE + "..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackages(BASE + ".platform..", BASE + "..demo..")
                .should().dependOnClassesThat().areAssignableTo(DatabaseClient.class)
                .because("SQL belongs in the owning feature's repositories (docs/architecture.md, decision 30)")
                .check(CLASSES);
    }

    /**
     * One idiom for transactions: an injected {@code TransactionalOperator} around what must commit together
     * (decision 30), never {@code @Transactional}.
     */
    @Test
    void transactions_are_written_with_the_transactional_operator() {
        noClasses().should().beAnnotatedWith(Transactional.class).check(CLASSES);
        noMethods().should().beAnnotatedWith(Transactional.class).check(CLASSES);
    }

    /**
     * Vaadin's pickers and uploads carry English texts of their own; the shell's factories give them the reader's
     * language (month names, Today/Cancel, "Drop file here"), so no view makes one by hand.
     */
    @Test
    void date_pickers_and_uploads_come_from_the_shell() {
        noClasses().that().resideOutsideOfPackage(BASE + ".shell..")
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(DatePicker.class)
                                .or(JavaClass.Predicates.assignableTo(DateTimePicker.class))
                                .or(JavaClass.Predicates.assignableTo(Upload.class)))))
                .check(CLASSES);
    }

    /**
     * A date or time on screen is written in the reader's format ({@code Formats}, or a {@code LocalDate} message
     * argument); its {@code toString()} is ISO ({@code 2026-12-07}) and would show beside {@code 2026年12月7日}.
     */
    @Test
    void views_write_dates_in_the_readers_format() {
        noClasses().that().resideInAPackage(BASE + "..ui..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("toString"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(Temporal.class)))))
                .check(CLASSES);
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
