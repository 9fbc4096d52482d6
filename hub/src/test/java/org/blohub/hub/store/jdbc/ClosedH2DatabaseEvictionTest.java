package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import org.junit.jupiter.api.Test;

class ClosedH2DatabaseEvictionTest {

    private final ClosedH2DatabaseEviction eviction = new ClosedH2DatabaseEviction();

    @Test
    void aConnectionToADatabaseH2HasClosedIsEvicted() {
        SQLException closed = new SQLException("The database has been closed", "90098", 90098);

        assertThat(eviction.adjudicate(closed)).isEqualTo(Override.MUST_EVICT);
    }

    @Test
    void anyOtherErrorIsLeftToHikarisOwnRules() {
        SQLException lockTimeout = new SQLException("Timeout trying to lock table", "HYT00", 50200);
        SQLException postgres = new SQLException("connection refused", "08001", 0);

        assertThat(eviction.adjudicate(lockTimeout)).isEqualTo(Override.CONTINUE_EVICT);
        assertThat(eviction.adjudicate(postgres)).isEqualTo(Override.CONTINUE_EVICT);
    }
}
