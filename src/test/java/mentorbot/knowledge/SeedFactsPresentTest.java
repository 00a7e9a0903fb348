package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge model carries every figure and name of the three guides, and none of the phrases an
 * audit removed for saying more than the guides do. The text searched is what the bot can say: every
 * text field of every entry, not ids, references, aliases or search keywords.
 */
class SeedFactsPresentTest {

    /** Record components that are names for lookup or references, not text the guides back. */
    private static final Set<String> NOT_TEXT = Set.of("id", "aliases", "keywords", "related", "source", "topic",
            "responsibilities", "questions");

    /** Every figure and name the guides give, exactly as they write it. */
    private static final List<String> MUST_BE_PRESENT = List.of(
            // Salary table, job brief and generative AI pay
            "$70K – $90K", "$90K – $150K", "$150K – $200K+", "$200K – $400K+", "$70K to $200K+", "$200,000",
            "low six figures", "AI Engineer salaries in the USA",
            // Figures
            "26%", "2024–2034", "2026", "USD 1 trillion", "2034", "44.20%", "944,000", "151,000", "6,020", "16,520",
            "19%", "19% longer", "early 2025", "control group", "seasoned open-source developers",
            // Places
            "Silicon Valley", "New York City", "Seattle", "Bay Area", "New York", "cost of living",
            "United States", "India", "UK", "Canada", "Germany", "London", "San Francisco", "Bangalore",
            // Companies, certification providers, ecosystem
            "Google", "AWS", "IBM", "Meta", "NVIDIA", "Amazon", "FAANG", "Hugging Face", "Anthropic",
            "Tech giants", "startups", "open-source communities", "zero-sum",
            // Tools, models, platforms
            "OpenAI API", "GPT-4", "GPT", "Gemini", "Google AI Platform (Gemini)", "Claude 3", "AWS SageMaker",
            "Google Cloud AI Platform (Vertex AI)", "Vertex AI", "TensorFlow", "PyTorch", "Keras", "FastAPI", "Flask",
            "LangChain", "Hugging Face Transformers", "MLflow", "Kubeflow", "Llama 3", "arXiv", "GitHub", "Discord",
            "online forums",
            // Techniques
            "PEFT", "parameter-efficient fine-tuning", "practical and affordable", "LoRA", "GANs", "VAEs", "RAG",
            "Retrieval-Augmented Generation", "diffusion model", "transformers", "attention mechanisms",
            "prompt engineering", "vector embeddings", "natural language processing", "computer vision",
            "GPU memory optimization", "multimodal models", "AI safety", "regression", "classification", "clustering",
            "lingua franca", "creative soul", "analytical mind", "new kinds of bricks", "fixed blueprint",
            "strategic preparation and continuous learning",
            // Languages, math
            "Python", "R", "Java", "C++", "calculus", "linear algebra", "probability", "statistics",
            // Degrees
            "Bachelor's", "Master's", "PhD", "Computer Science", "Data Science", "research-focused roles",
            // Every job title, level and focus area of the table, and the generative AI developer
            "AI Engineer", "Machine Learning Engineer", "Deep Learning Engineer", "AI Developer", "ML Platform Engineer",
            "AI Systems Engineer", "NLP Engineer", "Computer Vision Engineer", "MLOps Engineer", "Robotics AI Engineer",
            "Conversational AI Engineer", "Generative AI Developer",
            "Mid", "Junior to Senior", "Mid to Senior", "Junior", "Senior",
            "General AI Development", "ML Model Development", "Neural Networks", "AI Application Development",
            "AI Infrastructure", "System Integration", "Language Models", "Image/Video Processing",
            "Deployment and Operations", "Physical Systems", "Chatbot Development",
            // Career path
            "staff or principal engineer", "AI architect", "director of AI", "VP", "Chief AI Officer",
            "individual contributor", "management", "lateral",
            // Career buckets
            "Established tech companies", "Innovative startups", "Independent path", "freelancing",
            // Industries, market trends, pay factors
            "technology, finance, healthcare and automotive", "generative AI and large language models",
            "MLOps skills", "edge AI deployment", "remote work", "Experience level", "Specialization", "Company size",
            "excellent job security", "premium salaries",
            // The eight responsibilities with interview focus, level examples and in-practice examples
            "Designing and Implementing Machine Learning Models", "Building and Optimizing Data Pipelines",
            "Integrating AI Systems with Existing Infrastructure", "Collaborating with Cross-Functional Teams",
            "Maintaining Model Performance and Accuracy", "Ensuring AI System Scalability and Reliability",
            "Developing Neural Networks and Deep Learning Architectures",
            "Implementing MLOps Practices for Streamlined Deployment",
            "model requirements", "data preprocessing techniques", "large datasets", "system integration",
            "multidisciplinary teams", "monitor", "scalability principles", "cloud-based solutions",
            "performance and accuracy", "MLOps tools", "automate deployment workflows",
            "supervised learning models", "complex neural networks for predictive analytics",
            "data cleansing and transformation", "scalable data pipeline for real-time analytics",
            "chatbot with a customer service platform", "AI-driven analytics into enterprise systems",
            "product managers", "strategic discussions", "routine performance checks", "retraining", "robust testing",
            "distributed AI system for global deployment", "pre-trained models for natural language processing",
            "convolutional neural network for image recognition", "CI/CD pipelines for model updates",
            "MLOps strategy",
            "recommendation system for an e-commerce platform", "personalized marketing campaign",
            "financial institution's transaction processing system", "AI-powered feature for a mobile app",
            "A/B test", "real-time traffic prediction", "medical image analysis", "predictive maintenance",
            // Skill requirements
            "data security and privacy protocols", "neural network architectures",
            // The five steps
            "computer science or data science", "Python and machine learning frameworks", "real-world AI projects",
            "problem-solving skills", "high-growth opportunities",
            // FAQ Q1-Q5, their answers, and the common questions
            "Is an AI Engineer suitable for someone switching careers without experience?",
            "How does an AI Engineer job description differ at FAANG vs. a mid-size company?",
            "Does an AI Engineer need a Master’s or is a Bachelor’s enough in 2026?",
            "Why do strong AI Engineer candidates still get rejected?",
            "What metrics or KPIs is an AI Engineer evaluated on?",
            "Machine Learning Engineer vs. Generative AI Developer", "Do I need a PhD?", "How much can I earn?",
            "model accuracy", "system scalability", "data pipeline efficiency", "specific tools", "company culture",
            "interpreter of the past", "creator of the future", "cat",
            // The skill progression table, cell by cell
            "Programming", "Machine Learning", "Frameworks & Tools", "GenAI Specialization", "Theory & Math",
            "Strong Python skills", "API development (e.g., FastAPI, Flask)",
            "Performance optimization, parallel computing", "Core ML concepts (regression, classification)",
            "Deep learning fundamentals (neural networks)", "Advanced model architectures (GANs, VAEs)",
            "TensorFlow or PyTorch basics", "Hugging Face Transformers, LangChain", "MLOps tools (e.g., MLflow, Kubeflow)",
            "Basic prompt engineering", "Fine-tuning techniques (PEFT, LoRA)", "Building models from scratch, RAG systems",
            "Linear algebra, calculus, probability", "Information theory, statistics",
            "Research paper implementation, algorithm design",
            // Portfolio projects
            "Custom chatbot", "Image generation tool", "RAG system", "web interface", "blog posts",
            "niche software library", "multimodal",
            // The AI developer: definition, key responsibilities, examples
            "learn, reason, and automate tasks", "foundation models", "through APIs", "recommendation engines",
            "chatbots", "Fraud detection systems", "Image recognition features for apps", "search",
            // The generative AI developer's lifecycle
            "Model architecture", "Data curation and training", "Fine-tuning and optimization", "Deployment and scaling",
            // How generative AI changes the developer's job
            "lightning-fast", "junior developer", "boilerplate", "snippets between languages", "learning curve",
            "strategic, editorial role", "architects and quality leads", "Strategic prompting", "Critical code review",
            "augment");

    /** Phrases removed because the guides do not support them; none may come back. */
    private static final List<String> MUST_BE_ABSENT = List.of(
            "Not stated in the guides",
            "Generative models (text, images, music, code)",
            "the one people most often forget",
            "once a week",
            "every day",
            "weekly practice slot",
            "move AI engineer pay the most",
            "depends mainly on",
            "director of AI and beyond",
            "a reasonable first framework",
            "Python above all",
            "strongly recommends",
            "employers look for",
            "you are doing mid-level work",
            "Growing edge AI deployment",
            "where breakthroughs usually appear first");

    private static KnowledgeBase kb;
    private static String text;

    @BeforeAll
    static void load() throws KnowledgeException {
        kb = new KnowledgeLoader().load(Knowledge.DIR);
        List<String> parts = new ArrayList<>();
        parts.add(kb.salary().scope());
        for (Object entry : kb.entries()) {
            collect(entry, parts);
        }
        for (Object tip : kb.tips()) {
            collect(tip, parts);
        }
        text = String.join("\n", parts);
    }

    /** The text fields of a record, its lists and nested records (the level examples of a responsibility). */
    private static void collect(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                if (NOT_TEXT.contains(c.getName())) {
                    continue;
                }
                try {
                    collect(c.getAccessor().invoke(value), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read " + c.getName() + " of " + value, e);
                }
            }
        }
    }

    /** A whole-word match, so "R" is the language and not a letter of another word. */
    private static boolean mentions(String term) {
        return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(term) + "(?![A-Za-z0-9])").matcher(text).find();
    }

    @Test
    void theTextWasCollectedFromEveryEntry() {
        assertTrue(kb.entries().size() + kb.tips().size() > 150, "only " + kb.entries().size() + " entries and "
                + kb.tips().size() + " tips");
        assertTrue(text.length() > 20_000, "only " + text.length() + " characters of text");
    }

    @Test
    void everyFigureAndNameOfTheGuidesIsPresent() {
        List<String> missing = MUST_BE_PRESENT.stream().filter(t -> !mentions(t)).toList();
        assertEquals(List.of(), missing, "figures and names of the guides missing from the knowledge text");
    }

    @Test
    void noPhraseRemovedAsUnsupportedIsBack() {
        List<String> back = MUST_BE_ABSENT.stream().filter(text::contains).toList();
        assertEquals(List.of(), back, "phrases the guides do not support");
    }

    /** A role's tools are only those the guides attach to that role; the others name none. */
    @Test
    void roleToolsAreOnlyThoseTheGuidesAttachToTheRole() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Role r : kb.roles()) {
            expected.put(r.id(), List.of());
        }
        expected.put("ai-engineer", List.of("Python", "TensorFlow", "PyTorch"));
        expected.put("ai-developer", List.of("Python", "R", "Java", "C++", "TensorFlow", "PyTorch", "Keras"));
        expected.put("generative-ai-developer", List.of("Hugging Face", "OpenAI API", "Google AI Platform (Gemini)",
                "Anthropic", "AWS SageMaker", "Google Cloud AI Platform (Vertex AI)", "TensorFlow", "PyTorch",
                "Hugging Face Transformers", "LangChain", "FastAPI", "Flask", "MLflow", "Kubeflow"));
        Map<String, List<String>> actual = kb.roles().stream()
                .collect(Collectors.toMap(Role::id, Role::tools, (a, b) -> a, LinkedHashMap::new));
        assertEquals(expected, actual);
    }

    /** The guides give a level and focus only in the job-title table; the generative AI developer has neither. */
    @Test
    void onlyTitleTableRolesHaveALevelAndFocus() {
        for (Role r : kb.roles()) {
            assertEquals(r.inTitleTable(), r.level() != null, r.id() + " level");
            assertEquals(r.inTitleTable(), r.focus() != null, r.id() + " focus");
        }
    }
}
