package io.talentplatform.command.employee;

import io.talentplatform.events.employee.MoveType;

/**
 * The kind of a move nobody named (an internal fill): another function is a cross-function move; a higher level in
 * the same function, compared by the number in level names such as L5 and L6, a promotion; anything else lateral.
 */
final class MoveKinds {

    private MoveKinds() {
    }

    static MoveType inferred(String level, String function, String newLevel, String newFunction) {
        if (!newFunction.equals(function)) {
            return MoveType.CROSS_FUNCTION;
        }
        String from = level.replaceAll("\\D", "");
        String to = newLevel.replaceAll("\\D", "");
        boolean higher = !from.isEmpty() && !to.isEmpty() && from.length() < 10 && to.length() < 10
                && Long.parseLong(to) > Long.parseLong(from);
        return higher ? MoveType.PROMOTION : MoveType.LATERAL;
    }
}
