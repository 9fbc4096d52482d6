package org.blohub.adapters.canonical;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Generates message ids as ULIDs (https://github.com/ulid/spec): 48-bit millisecond time and 80 random
 * bits, 26 characters of Crockford base32, so ids sort by creation time.
 *
 * <p>Generation is monotonic: within one millisecond, or if the clock steps back, the next id is the
 * previous one plus one in its random part, so ids from one generator always sort in generation order.
 * Thread-safe.
 */
public final class MessageIds {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern ULID = Pattern.compile("^[0-7][0-9A-HJKMNP-TV-Z]{25}$");
    private static final long MAX_TIME = (1L << 48) - 1;
    private static final long RANDOM_HIGH_MASK = (1L << 16) - 1;

    private final Clock clock;
    private final SecureRandom random;
    private long lastTime = -1;
    private long randomHigh16;
    private long randomLow64;

    public MessageIds(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** True if {@code value} is a well-formed ULID in canonical (upper-case) form. */
    public static boolean isUlid(String value) {
        return value != null && ULID.matcher(value).matches();
    }

    public synchronized String next() {
        long now = clock.millis();
        if (now < 0 || now > MAX_TIME) {
            throw new IdGenerationException("clock time " + now + " ms is outside the ULID range");
        }
        if (now > lastTime) {
            lastTime = now;
            randomHigh16 = random.nextInt(1 << 16);
            randomLow64 = random.nextLong();
        } else {
            incrementRandomPart();
        }
        return encode(lastTime, randomHigh16, randomLow64);
    }

    private void incrementRandomPart() {
        randomLow64++;
        if (randomLow64 == 0) {
            randomHigh16 = (randomHigh16 + 1) & RANDOM_HIGH_MASK;
            if (randomHigh16 == 0) {
                throw new IdGenerationException("more than 2^80 ids requested within one millisecond");
            }
        }
    }

    private static String encode(long time, long high16, long low64) {
        char[] out = new char[26];
        long t = time;
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (t & 31)];
            t >>>= 5;
        }
        // 80 random bits = 16 characters of 5 bits, taken from the least significant end.
        long low = low64;
        long high = high16;
        for (int i = 25; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (low & 31)];
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return new String(out);
    }
}
