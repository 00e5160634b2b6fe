package io.talentplatform.standalone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries of docs/architecture.md, checked on the compiled code of all modules. */
@AnalyzeClasses(packages = "io.talentplatform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule eventsAreThePublishedLanguageAndDependOnNoService = noClasses()
            .that().resideInAPackage("io.talentplatform.events..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.talentplatform.command..",
                    "io.talentplatform.projections..", "io.talentplatform.query..", "io.talentplatform.platform..");

    @ArchTest
    static final ArchRule theCommandSideKnowsNothingOfTheReadSide = noClasses()
            .that().resideInAPackage("io.talentplatform.command..")
            .should().dependOnClassesThat().resideInAnyPackage("io.talentplatform.projections..",
                    "io.talentplatform.query..");

    @ArchTest
    static final ArchRule projectionsDoNotCallTheCommandOrQuerySide = noClasses()
            .that().resideInAPackage("io.talentplatform.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("io.talentplatform.command..",
                    "io.talentplatform.query..");

    /**
     * One exception: a view as of a past moment is built by running the projector itself into temporary tables
     * (PointInTime), so that the past and the present come from the same code.
     */
    @ArchTest
    static final ArchRule queriesReadTablesNotProjectorsOrAggregates = noClasses()
            .that().resideInAPackage("io.talentplatform.query..")
            .and().haveNameNotMatching("io\\.talentplatform\\.query\\.audit\\.PointInTime(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("io.talentplatform.command..",
                    "io.talentplatform.projections..");

    @ArchTest
    static final ArchRule theSharedRuntimeDependsOnNoService = noClasses()
            .that().resideInAPackage("io.talentplatform.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("io.talentplatform.command..",
                    "io.talentplatform.projections..", "io.talentplatform.query..", "io.talentplatform.standalone..");

    @ArchTest
    static final ArchRule theKafkaContractNeverLeaksInternalEventsIntoPayloads = noClasses()
            .that().resideInAPackage("io.talentplatform.projections.publishing..")
            .and().haveSimpleNameEndingWith("V1")
            .should().dependOnClassesThat().resideInAPackage("io.talentplatform.events..");

    /**
     * Inside each service, packages (one per aggregate or per question) depend on each other in one direction only:
     * what two of them share gets a package of its own (the candidate pool of succession and mobility), so neither
     * reaches into the other.
     */
    @ArchTest
    static final ArchRule eachServicesPackagesDependInOneDirection = slices()
            .matching("io.talentplatform.(command|query|projections).(*)..")
            .should().beFreeOfCycles();

    /** Controllers authorize and translate: they send commands and never hold an aggregate. */
    @ArchTest
    static final ArchRule controllersNeverTouchAnAggregate = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class);

    /** The synthetic organisation and the tools around the product are for the demo, tests and benchmarks only. */
    @ArchTest
    static final ArchRule noServiceDependsOnTheTestkit = noClasses()
            .that().resideInAnyPackage("io.talentplatform.command..", "io.talentplatform.query..",
                    "io.talentplatform.projections..", "io.talentplatform.web..", "io.talentplatform.platform..")
            .should().dependOnClassesThat().resideInAPackage("io.talentplatform.testkit..");
}
