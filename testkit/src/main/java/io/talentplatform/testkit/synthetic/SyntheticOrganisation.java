package io.talentplatform.testkit.synthetic;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a generated organisation ended up as, for those who query it afterwards (the benchmark, the demo): who is
 * employed, who manages people, which roles are critical and which openings are still open.
 *
 * @param eventsByType how many events of each payload type were generated
 */
public record SyntheticOrganisation(List<String> employees, List<String> managers, List<String> criticalRoles,
                                    List<UUID> openOpenings, long events, Map<String, Long> eventsByType) {

    public SyntheticOrganisation {
        employees = List.copyOf(employees);
        managers = List.copyOf(managers);
        criticalRoles = List.copyOf(criticalRoles);
        openOpenings = List.copyOf(openOpenings);
        eventsByType = Map.copyOf(eventsByType);
    }
}
