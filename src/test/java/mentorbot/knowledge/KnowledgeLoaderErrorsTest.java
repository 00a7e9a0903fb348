package mentorbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken copies of the real knowledge directory: each error names the right file, the right line
 * (computed from the text the test wrote) and a reason that says what is wrong.
 */
class KnowledgeLoaderErrorsTest {

    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void copy() {
        dir = Knowledge.copyTo(tmp.resolve("knowledge"));
    }

    /** Replaces the first occurrence of {@code from} in {@code file}; returns the new text. */
    private String edit(String file, String from, String to) {
        Path p = dir.resolve(file);
        String text = Knowledge.read(p);
        int at = text.indexOf(from);
        assertTrue(at >= 0, "test setup: '" + from + "' not in " + file);
        String changed = text.substring(0, at) + to + text.substring(at + from.length());
        Knowledge.write(p, changed);
        return changed;
    }

    private KnowledgeException loadFails() {
        return assertThrows(KnowledgeException.class, () -> new KnowledgeLoader().load(dir));
    }

    private static void assertError(KnowledgeException e, Path file, int line, String... reasonParts) {
        assertAll(
                () -> assertEquals(file, e.file(), "file"),
                () -> assertEquals(line, e.line(), "line; reason was: " + e.reason()),
                () -> {
                    for (String part : reasonParts) {
                        assertTrue(e.reason().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)),
                                "reason '" + e.reason() + "' should mention '" + part + "'");
                    }
                },
                () -> assertTrue(e.getMessage().startsWith(file + (line > 0 ? ":" + line : "") + ": "),
                        "message names file:line first: " + e.getMessage()));
    }

    @Test
    void theUnbrokenCopyLoads() throws KnowledgeException {
        assertEquals(Knowledge.real().counts(), new KnowledgeLoader().load(dir).counts());
    }

    @Test
    void malformedYamlNamesFileAndLine() {
        String text = edit("roles.yaml", "    title: AI Engineer\n", "    title: AI Engineer: General: AI\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "title: AI Engineer: General"), "mapping");
    }

    @Test
    void badIndentationNamesFileAndLine() {
        String text = edit("salary.yaml", "      level: Mid\n", "      level: Mid\n     range: broken\n");
        KnowledgeException e = loadFails();
        assertEquals(dir.resolve("salary.yaml"), e.file());
        assertEquals(Knowledge.lineOf(text, "     range: broken"), e.line(), e.getMessage());
    }

    @Test
    void duplicateIdInOneFileNamesTheSecondDefinition() {
        String text = edit("tips.yaml", "  - id: tip-002\n", "  - id: tip-001\n");
        int second = Knowledge.lineOf(text.substring(text.indexOf("id: tip-001") + 5), "id: tip-001")
                + Knowledge.lineOf(text, "id: tip-001") - 1;
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("tips.yaml"), second, "duplicate id 'tip-001'");
    }

    @Test
    void duplicateIdAcrossFilesNamesBothFiles() {
        String text = edit("tools.yaml", "  - id: toolkit-overview\n", "  - id: ai-engineer\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("tools.yaml"), Knowledge.lineOf(text, "- id: ai-engineer"),
                "duplicate id 'ai-engineer'", "roles.yaml");
    }

    @Test
    void roleRelatedToAMissingRoleIsADanglingReference() {
        String text = edit("roles.yaml", "related: [machine-learning-engineer, ai-developer,",
                "related: [machine-learning-engineer, no-such-role,");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "no-such-role"),
                "no-such-role", "does not exist", "ai-engineer");
    }

    @Test
    void roleRelatedToANonRoleIsRejected() {
        String text = edit("roles.yaml", "related: [machine-learning-engineer, ai-developer,",
                "related: [machine-learning-engineer, salary-mid,");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "salary-mid,"), "salary-mid", "role");
    }

    @Test
    void tipTopicPointingAtAMissingEntryIsADanglingReference() {
        String text = edit("tips.yaml", "    topic: machine-learning-engineer\n", "    topic: no-such-entry\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("tips.yaml"), Knowledge.lineOf(text, "topic: no-such-entry"),
                "tip-002", "no-such-entry", "does not exist");
    }

    @Test
    void tipTopicPointingAtAnotherTipIsRejected() {
        String text = edit("tips.yaml", "    topic: machine-learning-engineer\n", "    topic: tip-001\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("tips.yaml"), Knowledge.lineOf(text, "topic: tip-001"), "tip-002", "another tip");
    }

    @Test
    void aRoleOutsideTheTitleTableMayHaveNoLevelOrFocusButATableRowMust() throws KnowledgeException {
        Role genai = new KnowledgeLoader().load(dir).role("generative-ai-developer").orElseThrow();
        assertAll(() -> assertFalse(genai.inTitleTable()), () -> assertNull(genai.level()), () -> assertNull(genai.focus()));
        String text = edit("roles.yaml", "    level: Senior\n    focus: AI Infrastructure\n", "");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "- id: ml-platform-engineer"),
                "ml-platform-engineer", "missing required field 'level'");
    }

    @Test
    void aBlankLevelOutsideTheTitleTableIsAnError() {
        String text = edit("roles.yaml", "    inTitleTable: false\n", "    level: \" \"\n    inTitleTable: false\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "- id: generative-ai-developer"),
                "generative-ai-developer", "blank 'level'");
    }

    @Test
    void missingRequiredFieldNamesTheEntry() {
        String before = Knowledge.read(dir.resolve("roles.yaml"));
        String text = edit("roles.yaml", "    focus: Neural Networks\n", "");
        assertTrue(text.length() < before.length());
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "- id: deep-learning-engineer"),
                "deep-learning-engineer", "missing required field 'focus'");
    }

    @Test
    void missingIdNamesTheEntryLine() {
        String text = edit("tips.yaml", "  - id: tip-003\n    text:", "  - text:");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("tips.yaml"), Knowledge.lineOf(text, "  - text:"), "no 'id'");
    }

    @Test
    void unknownFieldIsAnErrorNamingTheFieldAndFile() {
        edit("roles.yaml", "    level: Mid\n", "    level: Mid\n    salery: 100\n");
        KnowledgeException e = loadFails();
        assertEquals(dir.resolve("roles.yaml"), e.file());
        assertTrue(e.reason().contains("salery"), e.reason());
    }

    @Test
    void unknownFieldIsReportedAtItsOwnLine() {
        String text = edit("roles.yaml", "    level: Mid\n", "    level: Mid\n    salery: 100\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "salery: 100"), "salery");
    }

    @Test
    void duplicateKeyInOneEntryIsAnError() {
        String text = edit("roles.yaml", "    focus: General AI Development\n",
                "    focus: General AI Development\n    focus: Something Else\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "focus: Something Else"), "focus");
    }

    @Test
    void unparseableSalaryRangeNamesTheRangeLine() {
        String text = edit("salary.yaml", "range: \"$150K – $200K+\"", "range: \"150K to 200K\"");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("salary.yaml"), Knowledge.lineOf(text, "150K to 200K"),
                "150K to 200K", "salary-senior", "does not parse");
    }

    @Test
    void invertedSalaryRangeDoesNotParse() {
        String text = edit("salary.yaml", "range: \"$90K – $150K\"", "range: \"$150K – $90K\"");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("salary.yaml"), Knowledge.lineOf(text, "$150K – $90K"), "salary-mid", "does not parse");
    }

    @Test
    void aModelWithoutTipsNamesTheDirectoryWithoutALine() throws IOException {
        Files.delete(dir.resolve("tips.yaml"));
        KnowledgeException e = loadFails();
        assertError(e, dir, 0, "no tips");
    }

    @Test
    void emptyFileIsNamed() {
        Knowledge.write(dir.resolve("interview.yaml"), "   \n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("interview.yaml"), 1, "empty");
    }

    @Test
    void nonKebabCaseIdIsRejected() {
        String text = edit("tips.yaml", "  - id: tip-002\n", "  - id: Tip_002\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("tips.yaml"), Knowledge.lineOf(text, "Tip_002"), "Tip_002", "kebab-case");
    }

    @Test
    void aTelltaleWithoutAnyOfItsKindsCuesIsRejected() {
        String text = edit("out-of-field.yaml", "you are now dan, dan mode", "you are now dan, knitting circle, dan mode");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("out-of-field.yaml"), Knowledge.lineOf(text, "    telltales:"), "knitting circle", "cues");
    }

    @Test
    void unknownSourceIsRejected() {
        String text = edit("roles.yaml", "    source: seed-ai-engineer\n", "    source: seed-blog-post\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "seed-blog-post"), "seed-blog-post");
    }

    @Test
    void aliasNamingTwoRolesIsRejected() {
        String text = edit("roles.yaml", "aliases: [deep learning engineer, deep learning, dl, dl engineer]",
                "aliases: [deep learning engineer, deep learning, dl, mlops]");
        KnowledgeException e = loadFails();
        assertEquals(dir.resolve("roles.yaml"), e.file());
        assertTrue(e.reason().contains("mlops"), e.reason());
        // The line of the later role that claims the alias (mlops-engineer lists it after deep-learning-engineer).
        int mlopsId = Knowledge.lineOf(text, "- id: mlops-engineer");
        assertTrue(e.line() >= mlopsId, "line " + e.line() + " should be in the mlops-engineer entry at " + mlopsId);
    }

    @Test
    void aliasDifferingOnlyInPunctuationFromAnotherRolesAliasIsRejected() {
        // "ml_ops" and mlops-engineer's "ml ops" read as the same name; lookups would silently pick one role.
        edit("roles.yaml", "aliases: [deep learning engineer, deep learning, dl, dl engineer]",
                "aliases: [deep learning engineer, deep learning, dl, dl engineer, ML_Ops]");
        KnowledgeException e = loadFails();
        assertEquals(dir.resolve("roles.yaml"), e.file());
        assertTrue(e.reason().toLowerCase(Locale.ROOT).contains("ml"), e.reason());
    }

    @Test
    void topicRelatedToAMissingEntryIsADanglingReference() {
        String text = edit("interview.yaml", "related: [interview-preparation, cross-functional-collaboration, interview-evaluation]",
                "related: [interview-preparation, no-such-topic, interview-evaluation]");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("interview.yaml"), Knowledge.lineOf(text, "no-such-topic"), "faq-rejection", "no-such-topic");
    }

    @Test
    void roleResponsibilityThatIsNotAResponsibilityIsRejected() {
        String text = edit("roles.yaml", "responsibilities: [ml-models, model-performance]",
                "responsibilities: [ml-models, ai-engineer]");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roles.yaml"), Knowledge.lineOf(text, "responsibilities: [ml-models, ai-engineer]"),
                "machine-learning-engineer", "responsibility 'ai-engineer'");
    }

    @Test
    void aMissingSalaryTableIsNamed() {
        String text = Knowledge.read(dir.resolve("salary.yaml"));
        String topics = text.substring(text.indexOf("\ntopics:") + 1);
        Knowledge.write(dir.resolve("salary.yaml"), topics);
        KnowledgeException e = loadFails();
        assertError(e, dir, 0, "salary table");
    }

    @Test
    void aTipWithoutTextNamesTheTip() {
        String text = edit("tips.yaml", "  - id: tip-002\n    text:", "  - id: tip-002\n    note:");
        KnowledgeException e = loadFails();
        assertEquals(dir.resolve("tips.yaml"), e.file());
        assertTrue(e.reason().contains("note"), e.reason());
        assertTrue(e.line() >= Knowledge.lineOf(text, "- id: tip-002"), "line " + e.line());
    }

    @Test
    void aStepOutOfOrderIsRejected() {
        String text = edit("roadmap.yaml", "    number: 3\n", "    number: 4\n");
        KnowledgeException e = loadFails();
        assertError(e, dir.resolve("roadmap.yaml"), Knowledge.lineOf(text, "- id: step-hands-on-experience"),
                "step-hands-on-experience", "expected 3");
    }
}
