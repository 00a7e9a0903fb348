package mentorbot.qa;

/** Turns a sentence into a unit vector: the dot product of two says how close they are in meaning. */
public interface SentenceEncoder {

    float[] encode(String text);

    /** Whether encoding would run now, without waiting for a model to load (readiness); true when there is none to load. */
    default boolean loaded() {
        return true;
    }

    /** Names the model, so vectors made by another model are never mixed in. */
    String model();
}
