package mentorbot.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A system that tells you whether a picture contains a cat|a system that tells you whether a picture contains a cat",
            "Turning a problem into model requirements|turning a problem into model requirements",
            "ChatGPT-style assistants for support|ChatGPT-style assistants for support",
            "NVIDIA GPUs in data centres|NVIDIA GPUs in data centres",
            "I build things|I build things"})
    void runsASentenceOnInsideAnotherKeepingNames(String sentence, String runOn) {
        assertEquals(runOn, Sentences.runOn(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Short one. Then another.|24", "e.g. this stays. Next.|22", "A first sentence that is long enough. Second.|37"})
    void aLeadEndsAfterItsFirstSentencesThatFit(String text, int end) {
        assertEquals(end, Sentences.leadEnd(text, 40));
    }
}
