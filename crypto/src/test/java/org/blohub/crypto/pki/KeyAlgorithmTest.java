package org.blohub.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;

import org.junit.jupiter.api.Test;

class KeyAlgorithmTest {

    @Test
    void ecP256KeysAreOnTheP256Curve() {
        KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair();

        assertThat(((ECPublicKey) keys.getPublic()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
    }

    @Test
    void ecP384KeysAreOnTheP384Curve() {
        KeyPair keys = KeyAlgorithm.EC_P384.generateKeyPair();

        assertThat(((ECPublicKey) keys.getPublic()).getParams().getCurve().getField().getFieldSize()).isEqualTo(384);
    }

    @Test
    void edwardsAndMontgomeryKeysHaveTheirOwnAlgorithms() {
        assertThat(KeyAlgorithm.ED25519.generateKeyPair().getPublic().getAlgorithm()).isEqualTo("Ed25519");
        assertThat(KeyAlgorithm.X25519.generateKeyPair().getPublic().getAlgorithm()).isEqualTo("X25519");
    }

    @Test
    void everyCallGeneratesAFreshKeyPair() {
        assertThat(KeyAlgorithm.EC_P256.generateKeyPair().getPublic())
                .isNotEqualTo(KeyAlgorithm.EC_P256.generateKeyPair().getPublic());
    }
}
