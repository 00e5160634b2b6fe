package io.talentplatform.platform.matching;

import io.talentplatform.platform.matching.MatchScoring.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grades a person must hold to meet a target's requirements, as V3_9's {@code tp_grades} spells them ("sql:3"):
 * for "at least n of them", every combination of n requirements, each one containment the index answers.
 */
final class Grades {

    /** Past this many combinations one wider read is cheaper than their containments. */
    private static final int MAX_COMBINATIONS = 20;

    private Grades() {
    }

    /** Every set of {@code atLeast} grades that meets the target; empty when there are none or too many to read. */
    static Optional<List<List<String>>> meetingAtLeast(Target target, int atLeast) {
        List<String> grades = target.requirements().stream()
                .map(requirement -> grade(requirement.capability(), requirement.minLevel())).toList();
        List<List<String>> combinations = new ArrayList<>();
        combine(grades, atLeast, 0, new ArrayList<>(), combinations);
        if (combinations.isEmpty() || combinations.size() > MAX_COMBINATIONS) {
            return Optional.empty();
        }
        return Optional.of(combinations);
    }

    static String grade(String capability, int level) {
        return capability + ":" + level;
    }

    private static void combine(List<String> from, int size, int start, List<String> chosen, List<List<String>> into) {
        if (chosen.size() == size) {
            into.add(List.copyOf(chosen));
            return;
        }
        for (int i = start; i < from.size(); i++) {
            chosen.add(from.get(i));
            combine(from, size, i + 1, chosen, into);
            chosen.remove(chosen.size() - 1);
        }
    }
}
