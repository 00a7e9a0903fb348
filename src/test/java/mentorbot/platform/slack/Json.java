package mentorbot.platform.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** JSON helpers for assertions: blocks as Slack receives them, and every string value in a tree. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode blocks(List<LayoutBlock> blocks) {
        try {
            return MAPPER.readTree(GsonFactory.createSnakeCase().toJson(blocks));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Every string value anywhere in the tree. */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                collect(it.next().getValue(), out);
            }
        }
    }

    /** Fails when a string could ping or break out: raw {@code <}, {@code >}, or an {@code &} that is not an entity. */
    static void assertNothingUnescaped(JsonNode node) {
        for (String s : strings(node)) {
            if (s.contains("<") || s.contains(">") || s.matches("(?s).*&(?!amp;|lt;|gt;).*")) {
                throw new AssertionError("unescaped text in rendered reply: " + s);
            }
        }
    }
}
