package io.talentplatform.projections.admin;

import io.talentplatform.projections.ProjectionsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild's progress: from the processor's tokens, or, for a read model the pass folds in memory (whose tokens
 * move only at checkpoints), from how far the pass shows it folded while it keeps showing it; never done before the
 * tokens say so.
 */
@ProjectionsTest
class ProcessorStatusesTest {

    @Autowired
    ProcessorStatuses statuses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFoldedRebuildShowsHowFarThePassGotAndIsDoneOnlyWhenItsTokensAre() {
        String processor = "folded-" + UUID.randomUUID();
        long request = jdbc.sql("""
                        INSERT INTO projection_rebuild (processor, requested_by, state, reset_at, reset_position)
                        VALUES (?, 'HR-1', 'RESET', now() - interval '10 seconds', 1000) RETURNING request""")
                .param(processor).query(Long.class).single();
        assertThat(statuses.of(processor).rebuild().percent()).isEqualTo(0.0);

        jdbc.sql("UPDATE projection_rebuild SET folded_position = 400, folded_at = now() WHERE request = ?")
                .param(request).update();
        ProcessorStatuses.Status status = statuses.of(processor);
        assertThat(status.rebuild().percent()).isEqualTo(40.0);
        assertThat(status.rebuild().secondsLeft()).isPositive();
        assertThat(status.rebuilding()).isTrue();

        jdbc.sql("UPDATE projection_rebuild SET folded_position = 1000, folded_at = now() WHERE request = ?")
                .param(request).update();
        status = statuses.of(processor);
        assertThat(status.rebuild().percent()).as("folded, not all written").isEqualTo(99.9);
        assertThat(status.rebuilding()).isTrue();

        // The pass stopped showing it (killed): the tokens count again, not progress it would have to replay.
        jdbc.sql("UPDATE projection_rebuild SET folded_at = now() - interval '1 minute' WHERE request = ?")
                .param(request).update();
        assertThat(statuses.of(processor).rebuild().percent()).isEqualTo(0.0);
    }
}
