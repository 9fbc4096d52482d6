package org.blohub.hub.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh databases on one PostgreSQL server: the production migrations are applied once to a
 * template database, and each test gets its own copy of it (much faster than migrating per test).
 */
final class PostgresDatabases implements TestDatabases {

    private static final String TEMPLATE = "store_template";

    private final UnaryOperator<String> jdbcUrlOfDatabase;
    private final String user;
    private final String password;
    private final JdbcClient admin;
    private final AtomicInteger copies = new AtomicInteger();

    /**
     * @param adminDatabase     an existing database to issue CREATE DATABASE from
     * @param jdbcUrlOfDatabase the JDBC URL of a database on this server, given its name
     */
    PostgresDatabases(String adminDatabase, UnaryOperator<String> jdbcUrlOfDatabase, String user, String password) {
        this.jdbcUrlOfDatabase = jdbcUrlOfDatabase;
        this.user = user;
        this.password = password;
        this.admin = JdbcClient.create(new DriverManagerDataSource(jdbcUrlOfDatabase.apply(adminDatabase), user,
                password));
        admin.sql("CREATE DATABASE " + TEMPLATE).update();
        StoreSchema.migrate(new DriverManagerDataSource(jdbcUrlOfDatabase.apply(TEMPLATE), user, password));
    }

    @Override
    public TestDatabase create() {
        String name = "store_" + copies.incrementAndGet();
        admin.sql("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY").update();
        return new TestDatabase(jdbcUrlOfDatabase.apply(name), user, password);
    }
}
