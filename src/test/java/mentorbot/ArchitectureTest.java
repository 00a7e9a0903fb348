package mentorbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import mentorbot.mentor.Platform;

/** The shape the code keeps: a platform-neutral core, platforms that do not know each other, no cycles. */
@AnalyzeClasses(packages = "mentorbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theCoreNeverImportsAPlatform = noClasses()
            .that().resideInAnyPackage("mentorbot.knowledge..", "mentorbot.mentor..", "mentorbot.qa..", "mentorbot.tips..",
                    "mentorbot.config..", "mentorbot.plan..")
            .should().dependOnClassesThat().resideInAnyPackage("mentorbot.platform..")
            .because("a command produces a neutral reply; only the platforms render it");

    @ArchTest
    static final ArchRule theCoreNeverBranchesOnAPlatform = noClasses()
            .that().resideInAnyPackage("mentorbot.knowledge..", "mentorbot.mentor..", "mentorbot.qa..", "mentorbot.tips..",
                    "mentorbot.config..", "mentorbot.plan..")
            .and().doNotBelongToAnyOf(Platform.class)
            .should().getField(Platform.class, "SLACK")
            .orShould().getField(Platform.class, "DISCORD")
            .orShould().getField(Platform.class, "CONSOLE")
            .because("what differs per platform (identity, rate limits, who manages tips, pace) comes from its adapter");

    @ArchTest
    static final ArchRule platformsDoNotKnowEachOther = slices().matching("mentorbot.platform.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule platformsDoNotReachIntoTheQuestionEngine = noClasses()
            .that().resideInAPackage("mentorbot.platform..")
            .should().dependOnClassesThat().resideInAPackage("mentorbot.qa..")
            .because("platforms hand text to the core and render what comes back");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("mentorbot.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule mentorFeaturesAreFreeOfCycles = slices().matching("mentorbot.mentor.(*)..").should().beFreeOfCycles();
}
