package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    @Test
    void setsTwoNamedThingsSideBySide() {
        assertEquals(Optional.of(List.of("OpenAI", "Anthropic")), Comparisons.sides("OpenAI vs Anthropic for enterprise?"));
        assertEquals(Optional.of(List.of("PyTorch", "TensorFlow")), Comparisons.sides("PyTorch or TensorFlow, which should I learn first?"));
        assertEquals(Optional.of(List.of("MLOps", "ML platform work")),
                Comparisons.sides("what's the difference between MLOps and ML platform work?"));
    }

    @Test
    void aNumberOrAVagueWordAfterOrIsNoSecondThing() {
        assertEquals(Optional.empty(),
                Comparisons.sides("If I want to land an AI developer job in the next year or two, what should I learn first?"));
        assertEquals(Optional.empty(), Comparisons.sides("where should i deploy a genai model, sagemaker or something else?"));
        assertEquals(Optional.empty(), Comparisons.sides("is a bootcamp enough or not?"));
    }

    @Test
    void aSecondSideThatOpensItsOwnClauseAsksOneThingTwoWays() {
        assertTrue(Comparisons.oneThingTwoWays(Comparisons.sides("is it too late to get into gen AI dev in 2026 or has the market peaked?").orElseThrow()));
        assertTrue(Comparisons.oneThingTwoWays(Comparisons.sides("Is a bootcamp enough or do they want a degree?").orElseThrow()));
        assertFalse(Comparisons.oneThingTwoWays(Comparisons.sides("PyTorch or TensorFlow, which should I learn first?").orElseThrow()));
        assertFalse(Comparisons.oneThingTwoWays(Comparisons.sides("is the ML engineer or the NLP engineer better paid?").orElseThrow()));
    }

    @Test
    void twoKindsOfThingToPickFromAreNoTwoSides() {
        assertEquals(Optional.empty(), Comparisons.sides("I love making images. Which gen AI role or project suits me?"));
        assertEquals(Optional.empty(), Comparisons.sides("which title or path would fit a former teacher?"));
        assertEquals(Optional.of(List.of("ML engineer role", "NLP engineer role")),
                Comparisons.sides("ML engineer role or NLP engineer role, which suits me?"));
    }

    @Test
    void theSideWithNoWordOfTheFieldIsTheUnknownOne() {
        java.util.Set<String> field = java.util.Set.of("pytorch", "langchain", "framework");
        java.util.Set<String> little = java.util.Set.of("the", "a");
        assertEquals(java.util.OptionalInt.of(1), Comparisons.unknownSide(List.of("PyTorch", "JAX"), little::contains, field::contains));
        assertEquals(java.util.OptionalInt.of(0), Comparisons.unknownSide(List.of("the llamaindex", "LangChain"), little::contains, field::contains));
    }

    @Test
    void twoKnownOrTwoUnknownSidesHaveNoUnknownOne() {
        java.util.Set<String> field = java.util.Set.of("pytorch", "keras", "framework");
        assertEquals(java.util.OptionalInt.empty(), Comparisons.unknownSide(List.of("PyTorch", "Keras"), w -> false, field::contains));
        assertEquals(java.util.OptionalInt.empty(), Comparisons.unknownSide(List.of("JAX", "Flax"), w -> false, field::contains));
        assertEquals(java.util.OptionalInt.empty(), Comparisons.unknownSide(List.of("PyTorch", "the JAX framework"), w -> false, field::contains));
    }

    @Test
    void aClauseAfterOrIsNoUnknownThing() {
        java.util.Set<String> field = java.util.Set.of("ai", "developer");
        java.util.Set<String> little = java.util.Set.of("is", "it", "a", "can", "i", "still", "be", "an");
        assertEquals(java.util.OptionalInt.empty(),
                Comparisons.unknownSide(List.of("can i still be an AI developer", "is it a dealbreaker"), little::contains, field::contains));
    }
}
