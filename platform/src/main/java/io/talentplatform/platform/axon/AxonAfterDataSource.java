package io.talentplatform.platform.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Puts Axon's auto-configuration after Spring Boot 4's DataSource and transaction manager.
 *
 * <p>Axon 4.13 orders itself after Boot 3 class names. On Boot 4 it would run before the DataSource exists: its
 * JDBC event store is skipped and, silently, it falls back to {@code NoTransactionManager}. This empty
 * configuration carries the ordering Axon lacks; {@code AxonWiringTest} fails if the fallback ever returns.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"},
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
public class AxonAfterDataSource {
}
