package io.talentplatform.query.careercapital;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's capabilities against a target role family: what the family's roles require, what the person holds by
 * their latest evidence, and what would close each gap. Ranked by the size of the gap, then by stale evidence, then by
 * how many of the family's roles need it.
 *
 * @param roleFamily     the family compared with: asked for, or the first target of the person's aspiration
 * @param rolesInFamily  how many roles the family has
 * @param capabilities   every capability a role of the family requires
 */
public record Gaps(String employeeId, String roleFamily, int rolesInFamily, List<Gap> capabilities) {

    /**
     * @param requiredLevel   the highest minimum level a role of the family sets for it
     * @param rolesRequiring  how many of the family's roles require it
     * @param heldLevel       the person's level by their latest evidence; 0 without evidence
     * @param gap             levels missing: {@code requiredLevel - heldLevel}, at least 0
     * @param lastObservedOn  when the latest evidence was observed; null without evidence
     * @param evidenceAgeDays its age in days; null without evidence
     * @param stale           the latest evidence is over twelve months old
     */
    public record Gap(String capability, int requiredLevel, int rolesRequiring, int heldLevel, int gap,
                      LocalDate lastObservedOn, Long evidenceAgeDays, boolean stale, Closing close) {
    }

    /**
     * What would close a gap.
     *
     * @param action          GAIN (no evidence yet), RAISE (evidence below the level), REFRESH (enough, but stale) or
     *                        NONE
     * @param commitmentKind  the development-contract commitment that would bring the evidence (seed 001's
     *                        gap-closing actions): STRETCH_ASSIGNMENT to gain or raise, FEEDBACK to refresh
     * @param text            the same in a sentence
     */
    public record Closing(String action, String commitmentKind, String text) {
    }
}
