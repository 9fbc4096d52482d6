package org.blohub.hub.broker;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.apache.activemq.artemis.utils.SensitiveDataCodec;

/**
 * Masks the TLS store passwords in the broker's transport parameters, which Artemis prints when an
 * acceptor fails. The key lives only in this JVM's memory, so a printed {@code ENC(...)} value reveals
 * nothing to a reader of the logs.
 *
 * <p>Artemis' default "two-way" codec is not used: it does not round-trip about one password in three
 * hundred (a lost leading zero in its hex encoding), and then the node cannot open its own key store.
 * Artemis creates this class by name, hence public with a public constructor.
 */
public final class ProcessLocalPasswordCodec implements SensitiveDataCodec<String> {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SecretKey KEY = newKey();

    @Override
    public String encode(Object secret) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(TAG_BITS, iv));
        byte[] sealed = cipher.doFinal(String.valueOf(secret).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    @Override
    public String decode(Object masked) throws GeneralSecurityException {
        byte[] bytes = HexFormat.of().parseHex(String.valueOf(masked));
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.DECRYPT_MODE, KEY, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
        return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new BrokerException("no AES key generator in this JDK", e);
        }
    }
}
