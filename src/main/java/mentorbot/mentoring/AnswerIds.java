package mentorbot.mentoring;

import java.util.random.RandomGenerator;

/** Fresh random ids for answers and mentor requests: 16 letters and digits (95 bits), short enough for any button. */
public final class AnswerIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    static final int LENGTH = 16;

    private final RandomGenerator random;

    /** @param random a secure generator in production (ids must not be guessable), a seeded one in tests */
    public AnswerIds(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        char[] id = new char[LENGTH];
        synchronized (random) {
            for (int i = 0; i < LENGTH; i++) {
                id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
        }
        return new String(id);
    }
}
