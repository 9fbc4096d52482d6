package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blohub.hub.store.jdbc.SampleTraffic.newId;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

abstract class InboundDeduplicationContract extends StoreContract {

    @Test
    void theFirstClaimOfAMessageIdWinsAndEveryLaterOneLoses() {
        String id = newId();

        assertThat(stores.deduplication.claim(id)).isTrue();
        assertThat(stores.deduplication.claim(id)).isFalse();
        assertThat(stores.deduplication.claim(id)).isFalse();
        assertThat(stores.deduplication.claim(newId())).isTrue();
    }

    @Test
    void ofTwoHubInstancesClaimingTheSameIdsAtOnceExactlyOneWinsEach() throws Exception {
        StoreFixture other = secondInstance();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(newId());
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Boolean>> first = threads.submit(() -> claimAll(stores, ids, together));
            Future<List<Boolean>> second = threads.submit(() -> claimAll(other, ids, together));
            List<Boolean> firstWins = first.get(60, TimeUnit.SECONDS);
            List<Boolean> secondWins = second.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < ids.size(); i++) {
                assertThat(firstWins.get(i) ^ secondWins.get(i)).as("exactly one claim of %s wins", ids.get(i))
                        .isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Boolean> claimAll(StoreFixture stores, List<String> ids, CyclicBarrier together)
            throws Exception {
        List<Boolean> wins = new ArrayList<>();
        for (String id : ids) {
            together.await(30, TimeUnit.SECONDS);
            wins.add(stores.transactions.execute(transaction -> stores.deduplication.claim(id)));
        }
        return wins;
    }

    @Test
    void aClaimWaitingOnAnUncommittedClaimLosesOnceThatCommits() throws Exception {
        String id = newId();
        StoreFixture other = secondInstance();
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> stores.transactions.execute(transaction -> {
                boolean won = stores.deduplication.claim(id);
                claimed.countDown();
                awaitQuietly(commit);
                return won;
            }));
            claimed.await(30, TimeUnit.SECONDS);
            Future<Boolean> second = threads.submit(() -> other.deduplication.claim(id));
            Thread.sleep(200);
            commit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClaimWaitingOnAnUncommittedClaimWinsIfThatRollsBack() throws Exception {
        String id = newId();
        StoreFixture other = secondInstance();
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch rollBack = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> stores.transactions.execute(transaction -> {
                boolean won = stores.deduplication.claim(id);
                claimed.countDown();
                awaitQuietly(rollBack);
                transaction.setRollbackOnly();
                return won;
            }));
            claimed.await(30, TimeUnit.SECONDS);
            Future<Boolean> second = threads.submit(() -> other.deduplication.claim(id));
            Thread.sleep(200);
            rollBack.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(stores.deduplication.claim(id)).isFalse();
    }

    @Test
    void aClaimRolledBackWithItsDeliveryIsReleased() {
        String id = newId();

        stores.transactions.executeWithoutResult(transaction -> {
            assertThat(stores.deduplication.claim(id)).isTrue();
            transaction.setRollbackOnly();
        });

        assertThat(stores.deduplication.claim(id)).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
