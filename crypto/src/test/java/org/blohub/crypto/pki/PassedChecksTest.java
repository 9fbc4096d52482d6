package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SignatureException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PassedChecksTest {

    private static final byte[] CERTIFICATE = {1, 2, 3, 4};
    private static final byte[] KEY = {9, 8, 7};

    @Test
    void remembersARecordedPass() throws Exception {
        PassedChecks checks = new PassedChecks(8);
        pass(checks, PassedChecks.identify("certificate signature", CERTIFICATE, KEY));

        assertThat(checks.hasPassed(PassedChecks.identify("certificate signature", CERTIFICATE, KEY))).isTrue();
    }

    @Test
    void aCheckNeverRecordedHasNotPassed() {
        assertThat(new PassedChecks(8).hasPassed(PassedChecks.identify("certificate signature", CERTIFICATE, KEY)))
                .isFalse();
    }

    @Test
    void oneFlippedBitInAnyInputIsAnotherCheck() throws Exception {
        PassedChecks checks = new PassedChecks(8);
        pass(checks, PassedChecks.identify("certificate signature", CERTIFICATE, KEY));

        assertThat(checks.hasPassed(PassedChecks.identify("certificate signature", new byte[] {1, 2, 3, 5}, KEY)))
                .isFalse();
        assertThat(checks.hasPassed(PassedChecks.identify("certificate signature", CERTIFICATE, new byte[] {9, 8, 6})))
                .isFalse();
    }

    @Test
    void theSameBytesCheckedForAnotherPurposeAreAnotherCheck() throws Exception {
        PassedChecks checks = new PassedChecks(8);
        pass(checks, PassedChecks.identify("certificate signature", CERTIFICATE, KEY));

        assertThat(checks.hasPassed(PassedChecks.identify("CRL signature", CERTIFICATE, KEY))).isFalse();
    }

    @Test
    void inputsAreLengthPrefixedSoMovingABoundaryIsAnotherCheck() {
        ByteBuffer split = PassedChecks.identify("PKIX path", new byte[] {1, 2}, new byte[] {3});
        ByteBuffer movedBoundary = PassedChecks.identify("PKIX path", new byte[] {1}, new byte[] {2, 3});

        assertThat(split).isNotEqualTo(movedBoundary);
    }

    @Test
    void forgetsTheLeastRecentlyUsedPassBeyondItsCapacity() throws Exception {
        PassedChecks checks = new PassedChecks(2);
        ByteBuffer first = PassedChecks.identify("k", new byte[] {1});
        ByteBuffer second = PassedChecks.identify("k", new byte[] {2});
        ByteBuffer third = PassedChecks.identify("k", new byte[] {3});
        pass(checks, first);
        pass(checks, second);
        assertThat(checks.hasPassed(first)).isTrue();

        pass(checks, third);

        assertThat(checks.hasPassed(first)).isTrue();
        assertThat(checks.hasPassed(second)).isFalse();
        assertThat(checks.hasPassed(third)).isTrue();
    }

    @Test
    void skipsTheVerificationOfACheckThatPassedBefore() throws Exception {
        PassedChecks checks = new PassedChecks(8);
        AtomicInteger verifications = new AtomicInteger();
        ByteBuffer check = PassedChecks.identify("certificate signature", CERTIFICATE, KEY);

        checks.verifyOnce(check, verifications::incrementAndGet);
        checks.verifyOnce(check, verifications::incrementAndGet);

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aVerificationThatFailsIsNotRememberedAndRunsAgain() {
        PassedChecks checks = new PassedChecks(8);
        AtomicInteger verifications = new AtomicInteger();
        ByteBuffer check = PassedChecks.identify("certificate signature", CERTIFICATE, KEY);
        PassedChecks.Verification failing = () -> {
            verifications.incrementAndGet();
            throw new SignatureException("does not verify");
        };

        assertThatThrownBy(() -> checks.verifyOnce(check, failing)).isInstanceOf(SignatureException.class);
        assertThatThrownBy(() -> checks.verifyOnce(check, failing)).isInstanceOf(SignatureException.class);

        assertThat(verifications).hasValue(2);
        assertThat(checks.hasPassed(check)).isFalse();
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new PassedChecks(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }

    private static void pass(PassedChecks checks, ByteBuffer check) throws GeneralSecurityException {
        checks.verifyOnce(check, () -> { });
    }
}
