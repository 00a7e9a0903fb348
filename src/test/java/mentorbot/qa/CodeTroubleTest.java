package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mentorbot.knowledge.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fault in the asker's own code, told and asked to be fixed, is a debugging request. */
class CodeTroubleTest {

    private static boolean asked(String text) {
        return CodeTrouble.asked(Normalizer.normalize(text), Normalizer.normalize(QuestionParts.asking(text)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "building a RAG app for my thesis, but my retriever always returns an empty list even though I indexed 200 docs. why is that happening?",
            "my pytorch training keeps OOMing on a 12gb card with batch size 32, how do i fix it?",
            "My Llama 3 fine-tune outputs gibberish after 2 epochs. What learning rate should I use instead?",
            "teaching myself gen AI. my LangChain script throws an error on import, what's causing it?"})
    void aFaultInCodeAskedToBeFixedIsADebuggingRequest(String question) {
        assertTrue(asked(question), question);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // No fault of code: a career worry.
            "I keep getting rejected after final rounds. how do I fix it?",
            // A fault told, nothing asked about it.
            "my first RAG demo kept returning an empty list, but I fixed it. which portfolio projects should I build next?",
            // "error" in another sense, asked nothing to fix.
            "I made an error leaving my job for AI, didn't I? what does the market look like?"})
    void withoutBothTheFaultAndTheAskItIsNoDebuggingRequest(String question) {
        assertFalse(asked(question), question);
    }
}
