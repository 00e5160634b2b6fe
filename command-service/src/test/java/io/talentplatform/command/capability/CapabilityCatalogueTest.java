package io.talentplatform.command.capability;

import io.talentplatform.command.capability.CatalogueCommands.AddCapability;
import io.talentplatform.command.capability.CatalogueCommands.AliasCapability;
import io.talentplatform.command.capability.CatalogueCommands.DeprecateCapability;
import io.talentplatform.command.capability.CatalogueCommands.ImportCapabilities;
import io.talentplatform.command.capability.CatalogueCommands.Imported;
import io.talentplatform.command.capability.CatalogueCommands.MergeCapability;
import io.talentplatform.command.capability.CatalogueCommands.NewCapability;
import io.talentplatform.events.capability.CapabilityAdded;
import io.talentplatform.events.capability.CapabilityAliased;
import io.talentplatform.events.capability.CapabilityDeprecated;
import io.talentplatform.events.capability.CapabilityMerged;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.talentplatform.command.RuleViolations.problem;

/** The catalogue's rules: one meaning per name, versions that count changes, and what retired entries refuse. */
class CapabilityCatalogueTest {

    private static final CatalogueId THE = CatalogueId.THE;
    private static final NewCapability DISTRIBUTED = new NewCapability("distributed-systems", "Distributed systems",
            List.of("distributed-computing"), null, null, null, null);
    private static final CapabilityAdded ADDED = new CapabilityAdded("distributed-systems", "Distributed systems",
            List.of("distributed-computing"), null, null, null, null, 1);
    private static final CapabilityAdded MENTORING = new CapabilityAdded("mentoring", "Mentoring", List.of(),
            "http://data.europa.eu/esco/skill/mentor", "skill/competence", "transversal", null, 2);

    private final AggregateTestFixture<CapabilityCatalogue> catalogue =
            new AggregateTestFixture<>(CapabilityCatalogue.class);

    @Test
    void theFirstCapabilityStartsTheCatalogueAtVersionOne() {
        catalogue.givenNoPriorActivity()
                .when(new AddCapability(THE, DISTRIBUTED))
                .expectEvents(ADDED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void aNameResolvesToOneCapabilityOnly() {
        catalogue.given(ADDED)
                .when(new AddCapability(THE, new NewCapability("distributed-computing", "Distributed computing",
                        List.of(), null, null, null, null)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("resolves to distributed-systems"));
        catalogue.given(ADDED)
                .when(new AliasCapability(THE, "distributed-systems", "distributed-computing"))
                .expectException(problem("name-taken"));
        catalogue.given(ADDED)
                .when(new AddCapability(THE, new NewCapability("mentoring", "Mentoring",
                        List.of("distributed-computing"), null, null, null, null)))
                .expectException(problem("name-taken"));
    }

    @Test
    void anEscoSkillIsInTheCatalogueOnce() {
        catalogue.given(ADDED, MENTORING)
                .when(new AddCapability(THE, new NewCapability("coaching", "Coaching", List.of(),
                        "http://data.europa.eu/esco/skill/mentor", null, null, null)))
                .expectException(problem("capability-exists"));
    }

    @Test
    void everyChangeMakesTheNextVersion() {
        catalogue.given(ADDED, MENTORING)
                .when(new AliasCapability(THE, "mentoring", "coaching"))
                .expectEvents(new CapabilityAliased("mentoring", "coaching", 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aMergeCarriesTheMergedNamesOver() {
        catalogue.given(ADDED, MENTORING, new CapabilityAliased("mentoring", "coaching", 3))
                .when(new MergeCapability(THE, "mentoring", "distributed-systems"))
                .expectEvents(new CapabilityMerged("mentoring", "distributed-systems", List.of("mentoring", "coaching"),
                        4));
    }

    @Test
    void aMergedOrDeprecatedCapabilityIsNoLongerChanged() {
        CapabilityMerged merged = new CapabilityMerged("mentoring", "distributed-systems", List.of("mentoring"), 3);
        catalogue.given(ADDED, MENTORING, merged)
                .when(new AliasCapability(THE, "mentoring", "coaching"))
                .expectException(problem("capability-retired"));
        catalogue.given(ADDED, MENTORING, new CapabilityDeprecated("mentoring", "folded into leadership", 3))
                .when(new MergeCapability(THE, "distributed-systems", "mentoring"))
                .expectException(problem("capability-retired"));
        catalogue.given(ADDED)
                .when(new DeprecateCapability(THE, "unknown-thing", "typo"))
                .expectException(problem("unknown-capability"));
        catalogue.given(ADDED)
                .when(new MergeCapability(THE, "distributed-systems", "distributed-systems"))
                .expectException(RuleViolation.class);
    }

    @Test
    void anImportIsOneVersionAndLeavesWhatIsKnown() {
        NewCapability again = new NewCapability("mentoring", "Mentoring", List.of(),
                "http://data.europa.eu/esco/skill/mentor", null, null, null);
        NewCapability coaching = new NewCapability("coaching", "Coaching", List.of("mentoring-people",
                "distributed-computing", "listening"), "http://data.europa.eu/esco/skill/coach", null, null, null);
        NewCapability listening = new NewCapability("listening", "Listening", List.of(), null, null, null, null);
        catalogue.given(ADDED, MENTORING)
                .when(new ImportCapabilities(THE, List.of(again, coaching, listening)))
                .expectEvents(
                        new CapabilityAdded("coaching", "Coaching", List.of("mentoring-people"),
                                "http://data.europa.eu/esco/skill/coach", null, null, null, 3),
                        new CapabilityAdded("listening", "Listening", List.of(), null, null, null, null, 3))
                .expectResultMessagePayload(new Imported(3, 2, 1, 2));
    }

    @Test
    void aRowLeftOutForItsEscoUriTakesNoNameFromAnother() {
        NewCapability sameSkill = new NewCapability("mentor-people", "Mentor people", List.of(),
                "http://data.europa.eu/esco/skill/mentor", null, null, null);
        NewCapability aliasingIt = new NewCapability("coaching", "Coaching", List.of("mentor-people"), null, null,
                null, null);
        catalogue.given(ADDED, MENTORING)
                .when(new ImportCapabilities(THE, List.of(sameSkill, aliasingIt)))
                .expectEvents(new CapabilityAdded("coaching", "Coaching", List.of("mentor-people"), null, null, null,
                        null, 3))
                .expectResultMessagePayload(new Imported(3, 1, 1, 0));
    }

    @Test
    void anImportOfNothingNewChangesNothing() {
        catalogue.given(ADDED)
                .when(new ImportCapabilities(THE, List.of(DISTRIBUTED)))
                .expectNoEvents()
                .expectResultMessagePayload(new Imported(0, 0, 1, 0));
    }
}
