package io.talentplatform.command.pool;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.pool.TalentPoolCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The command side's list of talent pools, kept in the events' own transaction: which pool ids are taken. */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
public class PoolDirectory {

    private final JdbcClient jdbc;

    public PoolDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TalentPoolCreated event) {
        jdbc.sql("INSERT INTO command_talent_pool (pool_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(event.poolId()).update();
    }

    public boolean exists(String poolId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM command_talent_pool WHERE pool_id = ?)").param(poolId)
                .query(Boolean.class).single();
    }
}
