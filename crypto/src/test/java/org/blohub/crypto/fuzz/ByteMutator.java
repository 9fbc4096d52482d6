package org.blohub.crypto.fuzz;

import java.util.Arrays;
import java.util.Random;

/**
 * Turns a valid input into a nearly valid one: bit flips, truncation, inserted or deleted bytes,
 * a duplicated segment and boundary values written over length and tag bytes. One to four of them per case,
 * so the parser sees inputs that get past its first checks.
 */
public final class ByteMutator {

    private static final byte[] BOUNDARY_BYTES = {0x00, 0x01, 0x7F, (byte) 0x80, (byte) 0x81, (byte) 0x84,
            (byte) 0xFF, '\n', '{', '"', '\\', ' '};

    private ByteMutator() {
    }

    public static byte[] randomBytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    public static byte[] mutate(byte[] valid, Random random) {
        byte[] input = valid;
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            input = mutateOnce(input, random);
        }
        return input;
    }

    private static byte[] mutateOnce(byte[] input, Random random) {
        if (input.length == 0) {
            return randomBytes(random, 16);
        }
        int position = random.nextInt(input.length);
        return switch (random.nextInt(6)) {
            case 0 -> flipBit(input, position, random.nextInt(8));
            case 1 -> Arrays.copyOf(input, position);
            case 2 -> insert(input, position, randomBytes(random, 8));
            case 3 -> delete(input, position, 1 + random.nextInt(Math.min(16, input.length - position)));
            case 4 -> duplicate(input, position, 1 + random.nextInt(Math.min(64, input.length - position)));
            default -> overwrite(input, position, BOUNDARY_BYTES[random.nextInt(BOUNDARY_BYTES.length)]);
        };
    }

    private static byte[] flipBit(byte[] input, int position, int bit) {
        byte[] copy = input.clone();
        copy[position] ^= (byte) (1 << bit);
        return copy;
    }

    private static byte[] insert(byte[] input, int position, byte[] inserted) {
        byte[] copy = new byte[input.length + inserted.length];
        System.arraycopy(input, 0, copy, 0, position);
        System.arraycopy(inserted, 0, copy, position, inserted.length);
        System.arraycopy(input, position, copy, position + inserted.length, input.length - position);
        return copy;
    }

    private static byte[] delete(byte[] input, int position, int length) {
        byte[] copy = new byte[input.length - length];
        System.arraycopy(input, 0, copy, 0, position);
        System.arraycopy(input, position + length, copy, position, input.length - position - length);
        return copy;
    }

    private static byte[] duplicate(byte[] input, int position, int length) {
        return insert(input, position, Arrays.copyOfRange(input, position, position + length));
    }

    private static byte[] overwrite(byte[] input, int position, byte value) {
        byte[] copy = input.clone();
        copy[position] = value;
        return copy;
    }
}
