package org.clinicdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule: ui -> domain <- store, document -> domain, app wires them; no cycles between screen packages;
 * SQL only in store; only Main prints; only ui hands work to the FX thread.
 */
@AnalyzeClasses(packages = "org.clinicdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule uiDoesNotReachTheStore = noClasses().that().resideInAPackage("org.clinicdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clinicdesk.store..", "org.jooq..", "java.sql..",
                    "org.clinicdesk.app..");

    /** A screen asks a domain port for a PDF, a preview or an export; app plugs document's implementation in. */
    @ArchTest
    static final ArchRule uiDoesNotRenderDocuments = noClasses().that().resideInAPackage("org.clinicdesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.clinicdesk.document..");

    @ArchTest
    static final ArchRule domainReachesNoOtherLayer = noClasses().that().resideInAPackage("org.clinicdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clinicdesk.ui..", "org.clinicdesk.store..",
                    "org.clinicdesk.app..", "org.clinicdesk.document..", "javafx..", "org.jooq..", "java.sql..");

    @ArchTest
    static final ArchRule storeDoesNotReachTheUi = noClasses().that().resideInAPackage("org.clinicdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clinicdesk.ui..", "org.clinicdesk.app..",
                    "org.clinicdesk.document..", "javafx..");

    /**
     * The whole house in one rule: ui -> domain <- store, document -> domain, and app wiring them. No other arrows,
     * so no cycles between the layers either.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("org.clinicdesk.app..")
            .layer("ui").definedBy("org.clinicdesk.ui..")
            .layer("document").definedBy("org.clinicdesk.document..")
            .layer("store").definedBy("org.clinicdesk.store..")
            .layer("domain").definedBy("org.clinicdesk.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("document").mayOnlyBeAccessedByLayers("app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "document", "store");

    @ArchTest
    static final ArchRule documentHasNoSceneCode = noClasses().that().resideInAPackage("org.clinicdesk.document..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.clinicdesk.ui..",
                    "org.clinicdesk.store..", "org.clinicdesk.app..").allowEmptyShould(true);

    /** SQL and the database libraries stay in store (and the migrations); everyone else asks a repository. */
    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("org.clinicdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.flywaydb..", "com.zaxxer.hikari..", "org.sqlite..");

    /** Only Main prints, and only the results of command-line jobs; everything else logs. */
    @ArchTest
    static final ArchRule onlyMainWritesToTheConsole = noClasses().that()
            .doNotHaveFullyQualifiedName("org.clinicdesk.app.Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    /** Handing work to the FX thread is the ui's business (TaskRunner, FxThread). */
    @ArchTest
    static final ArchRule runLaterOnlyInUi = noClasses().that().resideOutsideOfPackage("org.clinicdesk.ui..")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class);

    @ArchTest
    static final ArchRule nothingPrintsToTheConsoleOrStackTraces = noClasses().that().resideOutsideOfPackage("org.clinicdesk.app..")
            .should().callMethod(Throwable.class, "printStackTrace");

    /** Shared screen types live in ui/common, so no screen package and the shell depend on each other. */
    @ArchTest
    static final ArchRule uiFeaturesAreFreeOfCycles = slices().matching("org.clinicdesk.ui.(*)..").should()
            .beFreeOfCycles();
}
