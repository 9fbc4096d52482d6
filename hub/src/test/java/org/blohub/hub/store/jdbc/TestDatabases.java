package org.blohub.hub.store.jdbc;

/**
 * Makes a fresh database with the store schema, per test, on one engine (H2 file, embedded
 * PostgreSQL, PostgreSQL container).
 */
@FunctionalInterface
interface TestDatabases {

    TestDatabase create();
}
