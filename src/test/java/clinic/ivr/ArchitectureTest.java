package clinic.ivr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on every build: packages whose arrows point one way, each layer using
 * only the layers below it, and the technologies kept where they belong (docs/architecture.md, "How the code is
 * laid out" draws the same picture).
 */
class ArchitectureTest {

    /**
     * The line's classes, read once for every rule. Plain JUnit tests rather than ArchUnit's own engine: the
     * build runs them beside the other test classes, not alone after them.
     */
    private static final JavaClasses LINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("clinic.ivr");

    @Test
    void noPackageCycles() {
        slices().matching("clinic.ivr.(*)..").should().beFreeOfCycles().check(LINE);
    }

    /**
     * Wiring on top; the HTTP transport (staff pages over the web server); the versions of the prompts in the
     * database; answering a request; the checks of prompts; rendering; the prompts; the call flow; storage;
     * and the small values at the bottom.
     */
    @Test
    void layers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Wiring").definedBy("clinic.ivr")
                .layer("Staff").definedBy("clinic.ivr.staff..")
                .layer("Versions").definedBy("clinic.ivr.versions..")
                .layer("Web").definedBy("clinic.ivr.web..")
                .layer("Line").definedBy("clinic.ivr.line..")
                .layer("Checks").definedBy("clinic.ivr.checks..")
                .layer("Render").definedBy("clinic.ivr.twiml..")
                .layer("Content").definedBy("clinic.ivr.prompts..")
                .layer("Flow").definedBy("clinic.ivr.flow..")
                .layer("Storage").definedBy("clinic.ivr.store..")
                .layer("Config").definedBy("clinic.ivr.config..")
                .layer("Understanding").definedBy("clinic.ivr.understanding..")
                .layer("Desk").definedBy("clinic.ivr.desk..")
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("Staff").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Versions").mayOnlyBeAccessedByLayers("Wiring", "Staff")
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Wiring", "Staff")
                .whereLayer("Line").mayOnlyBeAccessedByLayers("Wiring", "Web")
                .whereLayer("Checks").mayOnlyBeAccessedByLayers("Wiring", "Staff", "Versions")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Wiring", "Staff", "Line", "Checks")
                .whereLayer("Content").mayOnlyBeAccessedByLayers("Wiring", "Staff", "Versions", "Line", "Checks", "Render")
                .whereLayer("Flow").mayOnlyBeAccessedByLayers("Wiring", "Staff", "Web", "Line", "Checks", "Render", "Content")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Wiring", "Staff", "Versions", "Web", "Line")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Wiring", "Staff", "Line", "Checks", "Render", "Content")
                .whereLayer("Understanding").mayOnlyBeAccessedByLayers("Checks", "Content", "Flow").check(LINE);
    }

    /** The call flow decides and nothing else: no HTTP, no templates, no database, no clock of its own. */
    @Test
    void flowIsPure() {
        noClasses().that().resideInAPackage("clinic.ivr.flow..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty..",
                        "freemarker..", "java.sql..", "javax.sql..", "java.net.http..", "java.nio.file..")
                .orShould().dependOnClassesThat().belongToAnyOf(Clock.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis").check(LINE);
    }

    @Test
    void renderingKnowsNoHttp() {
        noClasses().that().resideInAPackage("clinic.ivr.twiml..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty..", "java.sql..").check(LINE);
    }

    /** Jetty's server and the servlet API belong to the transport; elsewhere only Jetty's URL decoder is used. */
    @Test
    void onlyTheTransportServesHttp() {
        noClasses()
                .that().resideOutsideOfPackages("clinic.ivr.web..", "clinic.ivr.staff..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty.server..",
                        "org.eclipse.jetty.ee10..", "org.eclipse.jetty.http..", "org.eclipse.jetty.io..").check(LINE);
    }

    @Test
    void onlyTheStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("clinic.ivr.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer.hikari..",
                        "org.h2..", "org.postgresql..").check(LINE);
    }

    @Test
    void templatesRenderContentTwimlAndPages() {
        noClasses()
                .that().resideOutsideOfPackages("clinic.ivr.prompts..", "clinic.ivr.twiml..", "clinic.ivr.checks..",
                        "clinic.ivr.staff..")
                .should().dependOnClassesThat().resideInAPackage("freemarker..").check(LINE);
    }
}
