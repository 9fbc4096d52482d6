package org.blohub.hub.adapter.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameKeyHasherTest {

    @TempDir
    Path directory;

    @Test
    void everyPrefixOfAKeyMatchesTheHashOfThatPrefixAsAQuery() {
        NameKeyHasher hasher = NameKeyHasher.fromKeyFile(directory.resolve("name-search.key"));

        Set<String> stored = hasher.prefixHashes(Set.of("jaidee", "สมชาย"));

        assertThat(stored).hasSize(6 + 5).containsAll(hasher.hashes(Set.of("j", "jaid", "jaidee", "สม")));
        assertThat(stored).doesNotContainAnyElementsOf(hasher.hashes(Set.of("aid", "jaideee")));
        assertThat(stored).allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
    }

    @Test
    void theSecretIsMadeOnceAndKeptSoHashesStayComparableAcrossRestarts() throws Exception {
        Path key = directory.resolve("node/name-search.key");
        Set<String> first = NameKeyHasher.fromKeyFile(key).hashes(Set.of("somchai"));

        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(NameKeyHasher.fromKeyFile(key).hashes(Set.of("somchai"))).isEqualTo(first);
        assertThat(NameKeyHasher.fromKeyFile(directory.resolve("other.key")).hashes(Set.of("somchai")))
                .isNotEqualTo(first);
    }
}
