package io.talentplatform.standalone;

import io.talentplatform.platform.testing.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Why Flyway runs with {@code out-of-order} (talent-platform.yml): each service brings the migrations of the tables it
 * owns, numbered by module (1_x platform, 2_x command, 3_x projections, 4_x query), into one history table. Deployed
 * separately, the query service may migrate the database before the command service first starts; the command
 * service's 2_x versions then come after an applied 4_1, and only out-of-order applies them.
 */
class MigrationOrderTest {

    private static final String[] PLATFORM_AND_QUERY = {"classpath:db/migration/axon", "classpath:db/migration/privacy",
            "classpath:db/migration/query"};
    private static final String[] EVERY_SERVICE = {"classpath:db/migration/axon", "classpath:db/migration/privacy",
            "classpath:db/migration/query", "classpath:db/migration/command", "classpath:db/migration/projections"};

    @Test
    void aServiceDeployedAfterAnotherAppliesItsOwnEarlierVersions() {
        DataSource database = database();
        String schema = freshSchema(database);
        flyway(database, schema, true, PLATFORM_AND_QUERY).migrate();

        flyway(database, schema, true, EVERY_SERVICE).migrate();

        JdbcClient jdbc = JdbcClient.create(database);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_name IN ('idempotent_request', 'access_log', 'domainevententry')").param(schema)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(flyway(database, schema, true, EVERY_SERVICE).validateWithResult().validationSuccessful)
                .isTrue();
    }

    @Test
    void withoutOutOfOrderTheSecondServiceCouldNotStart() {
        DataSource database = database();
        String schema = freshSchema(database);
        flyway(database, schema, true, PLATFORM_AND_QUERY).migrate();

        assertThatThrownBy(() -> flyway(database, schema, false, EVERY_SERVICE).migrate())
                .isInstanceOf(FlywayException.class);
    }

    private static Flyway flyway(DataSource database, String schema, boolean outOfOrder, String... locations) {
        return Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema).locations(locations)
                .outOfOrder(outOfOrder).load();
    }

    private static DataSource database() {
        return new DriverManagerDataSource(TestInfrastructure.postgres().jdbcUrl());
    }

    private static String freshSchema(DataSource database) {
        String schema = "migration_order_" + UUID.randomUUID().toString().substring(0, 8);
        JdbcClient.create(database).sql("CREATE SCHEMA " + schema).update();
        return schema;
    }
}
