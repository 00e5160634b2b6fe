package io.talentplatform.standalone;

import io.talentplatform.platform.testing.TestInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

/**
 * A database of its own on the shared test server, for tests whose processes must not meet the cached contexts'
 * projections (which run on the shared database and would take a share of its segments).
 */
public final class SeparateDatabase {

    private SeparateDatabase() {
    }

    /** Creates a database named from {@code prefix} and returns its JDBC URL. */
    public static String create(String prefix) {
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient.create(new DriverManagerDataSource(TestInfrastructure.postgres().jdbcUrl()))
                .sql("CREATE DATABASE " + database).update();
        return TestInfrastructure.postgres().jdbcUrl().replace("/postgres?", "/" + database + "?");
    }
}
