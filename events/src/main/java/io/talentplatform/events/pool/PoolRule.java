package io.talentplatform.events.pool;

import io.talentplatform.events.employee.CareerDirection;
import io.talentplatform.events.role.RequiredCapability;

import java.util.List;

/**
 * A talent pool's saved rule over consented profiles: a person belongs while they hold every listed capability at
 * its level, and, where directions or functions are listed, state one of the directions (shared) and work in one of
 * the functions. An empty list does not restrict.
 */
public record PoolRule(List<RequiredCapability> capabilities, List<CareerDirection> directions,
                       List<String> functions) {

    public PoolRule {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        directions = directions == null ? List.of() : List.copyOf(directions);
        functions = functions == null ? List.of() : List.copyOf(functions);
    }
}
