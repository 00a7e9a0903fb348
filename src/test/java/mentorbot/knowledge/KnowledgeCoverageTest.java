package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real {@code config/knowledge} holds the seeds' facts exactly. */
class KnowledgeCoverageTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws KnowledgeException {
        kb = new KnowledgeLoader().load(Knowledge.DIR);
    }

    /** The seed's job-title table, row by row: title | experience level | focus area. */
    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AI Engineer                | Mid              | General AI Development
            Machine Learning Engineer  | Junior to Senior | ML Model Development
            Deep Learning Engineer     | Mid to Senior    | Neural Networks
            AI Developer               | Junior           | AI Application Development
            ML Platform Engineer       | Senior           | AI Infrastructure
            AI Systems Engineer        | Mid              | System Integration
            NLP Engineer               | Mid to Senior    | Language Models
            Computer Vision Engineer   | Mid to Senior    | Image/Video Processing
            MLOps Engineer             | Senior           | Deployment and Operations
            Robotics AI Engineer       | Mid to Senior    | Physical Systems
            Conversational AI Engineer | Mid              | Chatbot Development
            """)
    void everyTitleOfTheSeedTableIsPresentWithExactLevelAndFocus(String title, String level, String focus) {
        Role role = kb.roles().stream().filter(r -> r.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no role titled " + title));
        assertAll(
                () -> assertEquals(level, role.level(), "level of " + title),
                () -> assertEquals(focus, role.focus(), "focus of " + title),
                () -> assertTrue(role.inTitleTable(), title + " must be marked inTitleTable"));
    }

    @Test
    void theTitleTableHasExactlyTheElevenSeedRowsInSeedOrder() {
        List<String> expected = List.of("AI Engineer", "Machine Learning Engineer", "Deep Learning Engineer",
                "AI Developer", "ML Platform Engineer", "AI Systems Engineer", "NLP Engineer",
                "Computer Vision Engineer", "MLOps Engineer", "Robotics AI Engineer", "Conversational AI Engineer");
        assertEquals(expected, kb.titleTableRoles().stream().map(Role::title).toList());
    }

    @Test
    void theGenerativeAiDeveloperProfileIsCoveredOutsideTheTitleTable() {
        Role genai = kb.role("generative-ai-developer").orElseThrow();
        assertFalse(genai.inTitleTable());
        assertEquals(Optional.of(genai), kb.terms().roles().exact("genai"));
    }

    @Test
    void theSalaryTableHasExactlyTheSeedFigures() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Entry", "$70K – $90K");
        expected.put("Mid", "$90K – $150K");
        expected.put("Senior", "$150K – $200K+");
        expected.put("Big Tech", "$200K – $400K+");
        Map<String, String> actual = kb.salary().bands().stream()
                .collect(Collectors.toMap(SalaryBand::level, SalaryBand::range, (a, b) -> a + " AND " + b, LinkedHashMap::new));
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "bands in seed order");
    }

    @ParameterizedTest(name = "{0} parses as {1}..{2} open={3}")
    @CsvSource(delimiter = '|', textBlock = """
            Entry    | 70  | 90  | false
            Mid      | 90  | 150 | false
            Senior   | 150 | 200 | true
            Big Tech | 200 | 400 | true
            """)
    void everySalaryRangeParses(String level, int min, int max, boolean open) {
        SalaryBand band = kb.salary().bands().stream().filter(b -> b.level().equals(level)).findFirst().orElseThrow();
        assertEquals(Optional.of(new SalaryRange(min, max, open)), SalaryRange.parse(band.range()));
    }

    @Test
    void everyTipPointsAtAnExistingEntryThatIsNotATip() {
        assertFalse(kb.tips().isEmpty());
        List<String> bad = new ArrayList<>();
        for (Tip tip : kb.tips()) {
            if (kb.entry(tip.topic()).isEmpty() || kb.tip(tip.topic()).isPresent()) {
                bad.add(tip.id() + " -> " + tip.topic());
            }
            if (kb.titleOf(tip.topic()).isEmpty()) {
                bad.add(tip.id() + " -> " + tip.topic() + " (no title)");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void thereAreAtLeastSixtyTipsWithUniqueIdsAndText() {
        assertTrue(kb.tips().size() >= 60, "only " + kb.tips().size() + " tips");
        assertEquals(kb.tips().size(), kb.tips().stream().map(Tip::id).distinct().count());
        assertEquals(kb.tips().size(), kb.tips().stream().map(Tip::text).distinct().count(), "tips repeat");
    }

    @Test
    void everyAliasAndTitleResolvesToExactlyItsOwnRole() {
        NameIndex<Role> index = kb.terms().roles();
        Map<String, List<String>> owners = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Role role : kb.roles()) {
            List<String> names = new ArrayList<>(role.aliases());
            names.add(role.title());
            for (String name : names) {
                owners.computeIfAbsent(Normalizer.normalize(name), k -> new ArrayList<>()).add(role.id());
                Optional<Role> hit = index.exact(name);
                if (hit.isEmpty() || !hit.get().id().equals(role.id())) {
                    wrong.add("'" + name + "' of " + role.id() + " -> " + hit.map(Role::id).orElse("nothing"));
                }
            }
        }
        assertEquals(List.of(), wrong);
        Map<String, List<String>> ambiguous = owners.entrySet().stream()
                .filter(e -> e.getValue().stream().distinct().count() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), ambiguous, "aliases naming more than one role");
    }

    @Test
    void theIssueNamedAliasesResolve() {
        Function<String, String> id = a -> kb.terms().roles().exact(a).map(Role::id).orElse("nothing");
        assertAll(
                () -> assertEquals("mlops-engineer", id.apply("mlops")),
                () -> assertEquals("computer-vision-engineer", id.apply("cv")),
                () -> assertEquals("nlp-engineer", id.apply("nlp")),
                () -> assertEquals("generative-ai-developer", id.apply("genai")),
                () -> assertEquals("machine-learning-engineer", id.apply("ml eng")));
    }

    @Test
    void theSkillProgressionTableIsFiveByThreeWithTheSeedCells() {
        List<List<String>> expected = List.of(
                List.of("Programming", "Strong Python skills", "API development (e.g., FastAPI, Flask)",
                        "Performance optimization, parallel computing"),
                List.of("Machine Learning", "Core ML concepts (regression, classification)",
                        "Deep learning fundamentals (neural networks)", "Advanced model architectures (GANs, VAEs)"),
                List.of("Frameworks & Tools", "TensorFlow or PyTorch basics", "Hugging Face Transformers, LangChain",
                        "MLOps tools (e.g., MLflow, Kubeflow)"),
                List.of("GenAI Specialization", "Basic prompt engineering", "Fine-tuning techniques (PEFT, LoRA)",
                        "Building models from scratch, RAG systems"),
                List.of("Theory & Math", "Linear algebra, calculus, probability", "Information theory, statistics",
                        "Research paper implementation, algorithm design"));
        List<List<String>> actual = kb.progression().stream()
                .map(r -> List.of(r.category(), r.foundational(), r.intermediate(), r.advanced())).toList();
        assertEquals(expected, actual);
    }

    @Test
    void thereAreFiveNumberedStepsInOrder() {
        assertEquals(List.of(1, 2, 3, 4, 5), kb.steps().stream().map(Step::number).toList());
        assertTrue(kb.steps().get(1).text().contains("Python"), kb.steps().get(1).text());
    }

    @Test
    void thereAreTheEightResponsibilitiesOfTheSeed() {
        List<String> expected = List.of(
                "Designing and Implementing Machine Learning Models",
                "Building and Optimizing Data Pipelines",
                "Integrating AI Systems with Existing Infrastructure",
                "Collaborating with Cross-Functional Teams",
                "Maintaining Model Performance and Accuracy",
                "Ensuring AI System Scalability and Reliability",
                "Developing Neural Networks and Deep Learning Architectures",
                "Implementing MLOps Practices for Streamlined Deployment");
        assertEquals(expected, kb.responsibilities().stream().map(Responsibility::title).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), kb.responsibilities().stream().map(Responsibility::number).toList());
        kb.responsibilities().forEach(r -> assertFalse(r.levelExamples().isEmpty(), r.id() + " has no level examples"));
    }

    @Test
    void theFaqHasQ1ToQ5WithTheSeedQuestions() {
        Map<String, String> byLabel = kb.faq().stream().filter(f -> f.label() != null)
                .collect(Collectors.toMap(Faq::label, Faq::question));
        assertEquals("Is an AI Engineer suitable for someone switching careers without experience?", byLabel.get("Q1"));
        assertEquals("How does an AI Engineer job description differ at FAANG vs. a mid-size company?", byLabel.get("Q2"));
        assertEquals("Does an AI Engineer need a Master’s or is a Bachelor’s enough in 2026?", byLabel.get("Q3"));
        assertEquals("Why do strong AI Engineer candidates still get rejected?", byLabel.get("Q4"));
        assertEquals("What metrics or KPIs is an AI Engineer evaluated on?", byLabel.get("Q5"));
    }

    @Test
    void theDemandOutlookAndRegionsCarryTheSeedFigures() {
        Topic demand = kb.topic("demand-outlook").orElseThrow();
        assertTrue(demand.summary().contains("26%") && demand.summary().contains("2024") && demand.summary().contains("2034"),
                demand.summary());
        assertEquals(List.of("Silicon Valley", "New York City", "Seattle"),
                kb.topic(mentorbot.knowledge.Anchor.TOP_PAYING_REGIONS).points());
    }

    @Test
    void countsReportEveryKind() {
        Map<String, Integer> counts = kb.counts();
        assertEquals(11, counts.get("title-table roles"));
        assertEquals(8, counts.get("responsibilities"));
        assertEquals(5, counts.get("progression rows"));
        assertEquals(5, counts.get("steps"));
        assertEquals(4, counts.get("salary bands"));
        assertNotNull(counts.get("tips"));
        assertNotEquals(0, counts.get("topics"));
    }
}
