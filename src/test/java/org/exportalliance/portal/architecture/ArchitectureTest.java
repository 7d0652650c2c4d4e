package org.exportalliance.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;

/**
 * The feature packages and their one-way dependencies (STYLE.md): a feature may use features on its own tier or
 * below, never one above; features never form cycles; nobody reaches into another feature's {@code internal} package.
 */
class ArchitectureTest {

    static final String BASE = "org.exportalliance.portal";

    /** Top to bottom; each tier may depend only on tiers below it. */
    static final List<List<String>> TIERS = List.of(
            List.of("insight"),
            List.of("order"),
            List.of("delegation"),
            List.of("fair", "lead"),
            List.of("firm", "notification", "shell", "platform", "audit"),
            List.of("account"));

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void features_depend_only_downwards() {
        for (int tier = 0; tier < TIERS.size(); tier++) {
            for (String feature : TIERS.get(tier)) {
                List<String> forbidden = new java.util.ArrayList<>();
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

    @Test
    void nobody_reaches_into_another_features_internals() {
        for (List<String> tier : TIERS) {
            for (String feature : tier) {
                noClasses().that().resideOutsideOfPackage(BASE + "." + feature + "..")
                        .should().dependOnClassesThat().resideInAPackage(BASE + "." + feature + ".internal..")
                        .allowEmptyShould(true)
                        .check(CLASSES);
            }
        }
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
                .and().doNotHaveFullyQualifiedName(BASE + ".delegation.travel.InvitationLetters")
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("subscribeOn"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(Publisher.class)))))
                .check(CLASSES);
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
