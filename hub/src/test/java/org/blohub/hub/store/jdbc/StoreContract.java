package org.blohub.hub.store.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the store contracts: every test gets a fresh database, already migrated with the
 * production migrations, of the engine the concrete (nested) class names. Fresh rather than
 * cleaned, because audit_events refuses DELETE and TRUNCATE.
 */
abstract class StoreContract {

    TestDatabase database;
    StoreFixture stores;

    abstract TestDatabases databases();

    @BeforeEach
    void openFreshDatabase() {
        database = databases().create();
        stores = new StoreFixture(database.newPool());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The stores of a second hub instance on the same database. */
    StoreFixture secondInstance() {
        return new StoreFixture(database.newPool());
    }
}
