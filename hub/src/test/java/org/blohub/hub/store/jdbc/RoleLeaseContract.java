package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.blohub.crypto.testing.AdjustableClock;
import org.blohub.hub.node.JdbcRoleLease;
import org.junit.jupiter.api.Test;

/**
 * A role held by one hub instance at a time, each instance with its own connection pool on the node's database,
 * on a clock the test moves.
 */
abstract class RoleLeaseContract extends StoreContract {

    private static final String SIGNER = "audit-checkpoint-signer";
    private static final Duration TERM = Duration.ofSeconds(90);

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-03-14T08:30:00Z"));

    private JdbcRoleLease instance(String name, String role) {
        return new JdbcRoleLease(database.newPool(), role, name, TERM, clock);
    }

    @Test
    void theFirstClaimTakesTheRoleAndAnotherInstanceWaitsWhileTheLeaseRuns() {
        JdbcRoleLease first = instance("th-1", SIGNER);
        JdbcRoleLease second = instance("th-2", SIGNER);

        assertThat(first.claim()).isTrue();
        assertThat(second.claim()).isFalse();
        clock.advance(TERM.minusSeconds(1));
        assertThat(second.claim()).isFalse();
        assertThat(first.claim()).isTrue();
    }

    @Test
    void theHolderKeepsTheRoleByClaimingWithinEachTerm() {
        JdbcRoleLease first = instance("th-1", SIGNER);
        JdbcRoleLease second = instance("th-2", SIGNER);
        first.claim();

        for (int run = 0; run < 5; run++) {
            clock.advance(TERM.dividedBy(3));
            assertThat(first.claim()).isTrue();
            assertThat(second.claim()).isFalse();
        }
    }

    @Test
    void anotherInstanceTakesTheRoleOnceTheHoldersLeaseHasRunOutAndTheHolderThenNoLongerHasIt() {
        JdbcRoleLease first = instance("th-1", SIGNER);
        JdbcRoleLease second = instance("th-2", SIGNER);
        first.claim();

        clock.advance(TERM);

        assertThat(second.claim()).isTrue();
        assertThat(first.claim()).isFalse();
        assertThat(holder(SIGNER)).isEqualTo("th-2");
    }

    @Test
    void releasingTheRoleLetsAnotherInstanceTakeItAtOnce() {
        JdbcRoleLease first = instance("th-1", SIGNER);
        JdbcRoleLease second = instance("th-2", SIGNER);
        first.claim();

        first.release();

        assertThat(second.claim()).isTrue();
        assertThat(first.claim()).isFalse();
    }

    @Test
    void releasingARoleThisInstanceDoesNotHoldLeavesTheHolderAlone() {
        JdbcRoleLease first = instance("th-1", SIGNER);
        JdbcRoleLease second = instance("th-2", SIGNER);
        first.claim();
        second.claim();

        second.release();

        assertThat(instance("th-3", SIGNER).claim()).isFalse();
        assertThat(holder(SIGNER)).isEqualTo("th-1");
    }

    @Test
    void ofInstancesClaimingAtTheSameMomentExactlyOneGetsTheRole() throws Exception {
        List<JdbcRoleLease> instances = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            instances.add(instance("th-" + n, SIGNER));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (JdbcRoleLease lease : instances) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return lease.claim();
                }));
            }
            start.countDown();
            List<String> holders = new ArrayList<>();
            for (int n = 0; n < claims.size(); n++) {
                if (claims.get(n).get()) {
                    holders.add("th-" + (n + 1));
                }
            }
            assertThat(holders).containsExactly(holder(SIGNER));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void eachRoleHasItsOwnHolder() {
        assertThat(instance("th-1", SIGNER).claim()).isTrue();
        assertThat(instance("th-2", "retention-purge").claim()).isTrue();
        assertThat(holder("retention-purge")).isEqualTo("th-2");
    }

    private String holder(String role) {
        return stores.jdbc.sql("SELECT holder FROM role_leases WHERE role = ?").param(role).query(String.class).single();
    }
}
