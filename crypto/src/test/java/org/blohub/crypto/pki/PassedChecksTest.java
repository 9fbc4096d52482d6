package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

class PassedChecksTest {

    private static final byte[] CERTIFICATE = {1, 2, 3, 4};
    private static final byte[] KEY = {9, 8, 7};

    @Test
    void remembersARecordedPass() {
        PassedChecks checks = new PassedChecks(8);
        checks.recordPass(PassedChecks.identify("certificate signature", CERTIFICATE, KEY));

        assertThat(checks.hasPassed(PassedChecks.identify("certificate signature", CERTIFICATE, KEY))).isTrue();
    }

    @Test
    void aCheckNeverRecordedHasNotPassed() {
        assertThat(new PassedChecks(8).hasPassed(PassedChecks.identify("certificate signature", CERTIFICATE, KEY)))
                .isFalse();
    }

    @Test
    void oneFlippedBitInAnyInputIsAnotherCheck() {
        PassedChecks checks = new PassedChecks(8);
        checks.recordPass(PassedChecks.identify("certificate signature", CERTIFICATE, KEY));

        assertThat(checks.hasPassed(PassedChecks.identify("certificate signature", new byte[] {1, 2, 3, 5}, KEY)))
                .isFalse();
        assertThat(checks.hasPassed(PassedChecks.identify("certificate signature", CERTIFICATE, new byte[] {9, 8, 6})))
                .isFalse();
    }

    @Test
    void theSameBytesCheckedForAnotherPurposeAreAnotherCheck() {
        PassedChecks checks = new PassedChecks(8);
        checks.recordPass(PassedChecks.identify("certificate signature", CERTIFICATE, KEY));

        assertThat(checks.hasPassed(PassedChecks.identify("CRL signature", CERTIFICATE, KEY))).isFalse();
    }

    @Test
    void inputsAreLengthPrefixedSoMovingABoundaryIsAnotherCheck() {
        ByteBuffer split = PassedChecks.identify("PKIX path", new byte[] {1, 2}, new byte[] {3});
        ByteBuffer movedBoundary = PassedChecks.identify("PKIX path", new byte[] {1}, new byte[] {2, 3});

        assertThat(split).isNotEqualTo(movedBoundary);
    }

    @Test
    void forgetsTheLeastRecentlyUsedPassBeyondItsCapacity() {
        PassedChecks checks = new PassedChecks(2);
        ByteBuffer first = PassedChecks.identify("k", new byte[] {1});
        ByteBuffer second = PassedChecks.identify("k", new byte[] {2});
        ByteBuffer third = PassedChecks.identify("k", new byte[] {3});
        checks.recordPass(first);
        checks.recordPass(second);
        assertThat(checks.hasPassed(first)).isTrue();

        checks.recordPass(third);

        assertThat(checks.hasPassed(first)).isTrue();
        assertThat(checks.hasPassed(second)).isFalse();
        assertThat(checks.hasPassed(third)).isTrue();
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new PassedChecks(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
