package io.talentplatform.projections.rebuild;

/**
 * Rebuild a read model from the first event. Sent by the admin API of a projections process and handled there
 * ({@link RebuildRequests}); every projections process then carries it out for the segments it holds.
 *
 * @param readModel   the processor's name, as {@code GET /admin/projections} lists it
 * @param requestedBy the employee id of the HR admin asking
 */
public record RebuildReadModel(String readModel, String requestedBy) {
}
