package io.talentplatform.testkit.synthetic;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a generated organisation ended up as, for those who query it afterwards (the benchmark, the demo): who is
 * employed, who manages people, which roles are critical and which openings are still open.
 *
 * @param eventsByType how many events of each payload type were generated
 * @param openGigs     gigs and projects with a seat left
 * @param pools        the named talent pools
 * @param aspiring     employed people with a target role family (who may look for mentors)
 */
public record SyntheticOrganisation(List<String> employees, List<String> managers, List<String> criticalRoles,
                                    List<UUID> openOpenings, long events, Map<String, Long> eventsByType,
                                    List<UUID> openGigs, List<String> pools, List<String> aspiring) {

    public SyntheticOrganisation {
        employees = List.copyOf(employees);
        managers = List.copyOf(managers);
        criticalRoles = List.copyOf(criticalRoles);
        openOpenings = List.copyOf(openOpenings);
        eventsByType = Map.copyOf(eventsByType);
        openGigs = List.copyOf(openGigs);
        pools = List.copyOf(pools);
        aspiring = List.copyOf(aspiring);
    }
}
