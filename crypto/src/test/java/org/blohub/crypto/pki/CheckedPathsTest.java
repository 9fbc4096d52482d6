package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

class CheckedPathsTest {

    /** The smallest real path: a trust anchor alone, about which no CRL says anything. */
    private static final CheckedPaths.CheckedPath PATH = new CheckedPaths.CheckedPath(
            new AnchoredPath(List.of(), DevelopmentPki.create("Mekong", Clock.systemUTC()).root().certificate()),
            new PathRevocation(List.of()));

    @Test
    void findsAPathOnlyUnderTheIdentityItWasRememberedWith() {
        CheckedPaths paths = new CheckedPaths(8);
        paths.remember(PassedChecks.identify("checked path", new byte[] {1}), PATH);

        assertThat(paths.find(PassedChecks.identify("checked path", new byte[] {1}))).containsSame(PATH);
        assertThat(paths.find(PassedChecks.identify("checked path", new byte[] {2}))).isEmpty();
    }

    @Test
    void forgetsTheLeastRecentlyUsedPathBeyondItsCapacity() {
        CheckedPaths paths = new CheckedPaths(2);
        ByteBuffer first = PassedChecks.identify("checked path", new byte[] {1});
        ByteBuffer second = PassedChecks.identify("checked path", new byte[] {2});
        ByteBuffer third = PassedChecks.identify("checked path", new byte[] {3});
        paths.remember(first, PATH);
        paths.remember(second, PATH);
        assertThat(paths.find(first)).isPresent();

        paths.remember(third, PATH);

        assertThat(paths.find(first)).isPresent();
        assertThat(paths.find(second)).isEmpty();
        assertThat(paths.find(third)).isPresent();
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new CheckedPaths(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
