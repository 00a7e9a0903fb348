package mentorbot.mentor;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a {@link Reply} within {@link ReplyLimits}: a section too long for one block continues
 * in the next at an item or word boundary, and what would not fit the whole reply is left out with
 * a note saying so, so no platform ever has to cut an answer mid-word.
 */
public final class ReplyBuilder {

    private final String title;
    private String lead = "";
    private String intro = "";
    private final List<Reply.Field> fields = new ArrayList<>();
    private final List<Reply.Section> sections = new ArrayList<>();
    private final List<Reply.Suggestion> suggestions = new ArrayList<>();
    /** Items and paragraphs already in the reply, so none is listed twice. */
    private final java.util.Set<String> listed = new java.util.HashSet<>();
    private final java.util.Set<String> texts = new java.util.HashSet<>();
    private String footer = "";
    private Visibility visibility = Visibility.PRIVATE;
    private boolean matched = true;
    private Reply.Kind kind = Reply.Kind.ANSWER;
    private final java.util.LinkedHashSet<String> entryIds = new java.util.LinkedHashSet<>();

    private ReplyBuilder(String title) {
        this.title = TextFit.fit(title, ReplyLimits.TITLE);
    }

    public static ReplyBuilder titled(String title) {
        return new ReplyBuilder(title);
    }

    /** The one or two sentences that answer the question; without one, the intro's first sentences lead. */
    public ReplyBuilder lead(String text) {
        lead = TextFit.fit(text == null ? "" : text.strip(), ReplyLimits.LEAD);
        return this;
    }

    public ReplyBuilder intro(String text) {
        intro = TextFit.fit(text, ReplyLimits.INTRO);
        return this;
    }

    public ReplyBuilder field(String label, String value) {
        return field(label, value, null);
    }

    /** A fact that names a user or channel: platforms render {@code mention}, others show {@code value}. */
    public ReplyBuilder field(String label, String value, Mention mention) {
        boolean known = fields.stream().anyMatch(f -> f.label().equals(label) && f.value().equals(value));
        if (!known && fields.size() < ReplyLimits.FIELDS && value != null && !value.isBlank()) {
            fields.add(new Reply.Field(TextFit.fit(label, ReplyLimits.FIELD_LABEL), TextFit.fit(value, ReplyLimits.FIELD_VALUE),
                    mention));
        }
        return this;
    }

    public ReplyBuilder text(String heading, String text) {
        return section(heading, text, List.of());
    }

    public ReplyBuilder items(String heading, List<String> items) {
        return section(heading, "", items);
    }

    /**
     * A headed block. An item already listed in this reply is not listed again (a reply assembled
     * from several answers often meets the same facts twice), and a block left with nothing is dropped.
     */
    public ReplyBuilder section(String heading, String text, List<String> items) {
        List<String> fresh = items.stream().filter(i -> !listed.contains(i)).distinct().toList();
        boolean knownText = text != null && !text.isBlank() && texts.contains(text.strip());
        if ((text == null || text.isBlank() || knownText) && fresh.isEmpty()) {
            return this;
        }
        listed.addAll(fresh);
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
        items = fresh;
        text = knownText ? "" : text;
        String h = TextFit.fit(heading == null ? "" : heading, 150);
        String body = text == null ? "" : text;
        List<String> current = new ArrayList<>();
        // The heading grows to "… (continued)" on later parts, so each part's room is counted anew.
        while (body.length() + h.length() + 2 > ReplyLimits.SECTION) {
            int cut = TextFit.lastBreak(body, ReplyLimits.SECTION - h.length() - 2);
            sections.add(new Reply.Section(h, body.substring(0, cut).strip(), List.of()));
            body = body.substring(cut).strip();
            h = continued(h);
        }
        int size = h.length() + 2 + body.length();
        for (String raw : items) {
            String item = TextFit.fit(raw, ReplyLimits.SECTION / 2);
            if (size + item.length() + 3 > ReplyLimits.SECTION) {
                sections.add(new Reply.Section(h, body, current));
                current = new ArrayList<>();
                body = "";
                h = continued(h);
                size = h.length() + 2;
            }
            current.add(item);
            size += item.length() + 3;
        }
        sections.add(new Reply.Section(h, body, current));
        return this;
    }

    private static String continued(String heading) {
        return heading.isEmpty() || heading.endsWith("(continued)") ? heading : heading + " (continued)";
    }

    /** A follow-up written as the user would type it ("/salary senior"): read here, once, into its typed action. */
    public ReplyBuilder suggest(String label, String commandLine) {
        return suggest(label, Action.Run.of(commandLine));
    }

    public ReplyBuilder suggest(Reply.Suggestion suggestion) {
        return suggest(suggestion.label(), suggestion.action());
    }

    /** A follow-up button; a second one running the same command is left out, and so is a sixth. */
    public ReplyBuilder suggest(String label, Action.Run action) {
        Action.Run fitted = new Action.Run(action.command(),
                TextFit.fit(action.arguments(), ReplyLimits.SUGGESTION_COMMAND - action.command().length() - 2));
        boolean duplicate = suggestions.stream().anyMatch(s -> s.action().typed().equalsIgnoreCase(fitted.typed()));
        if (!duplicate && suggestions.size() < ReplyLimits.SUGGESTIONS) {
            suggestions.add(new Reply.Suggestion(TextFit.fit(label, ReplyLimits.SUGGESTION_LABEL), fitted));
        }
        return this;
    }

    public ReplyBuilder footer(String text) {
        footer = TextFit.fit(text, ReplyLimits.FOOTER);
        return this;
    }

    public ReplyBuilder visibility(Visibility v) {
        visibility = v;
        return this;
    }

    /** The knowledge entries this reply answers from (ids); a decline names none. */
    public ReplyBuilder entries(java.util.Collection<String> ids) {
        entryIds.addAll(ids);
        return this;
    }

    public ReplyBuilder unmatched() {
        matched = false;
        return this;
    }

    /** A reply of a sort platforms may show their own way (see {@link Reply.Kind}). */
    public ReplyBuilder kind(Reply.Kind kind) {
        this.kind = kind;
        return this;
    }

    public Reply build() {
        String leadText = lead;
        String introText = intro;
        if (leadText.isEmpty()) {
            int cut = Sentences.leadEnd(intro, ReplyLimits.LEAD);
            leadText = intro.substring(0, cut).strip();
            introText = intro.substring(cut).strip();
        } else if (introText.startsWith(leadText)) {
            introText = introText.substring(leadText.length()).strip(); // a card whose lead opens its intro says it once
        }
        int budget = ReplyLimits.TOTAL - title.length() - leadText.length() - introText.length() - footer.length() - 120;
        for (Reply.Field f : fields) {
            budget -= f.label().length() + f.value().length() + 4;
        }
        List<Reply.Section> kept = new ArrayList<>();
        int omitted = 0;
        for (Reply.Section s : sections) {
            if (omitted == 0 && kept.size() < ReplyLimits.SECTIONS && s.length() <= budget) {
                kept.add(s);
                budget -= s.length();
            } else {
                omitted++;
            }
        }
        String foot = footer;
        if (omitted > 0) {
            String note = omitted + " more part" + (omitted == 1 ? "" : "s") + " left out to keep this short: ask about one of them.";
            foot = TextFit.fit(footer.isEmpty() ? note : note + " " + footer, ReplyLimits.FOOTER);
        }
        return new Reply(title, leadText, introText, fields, kept, suggestions, foot, visibility, matched, List.copyOf(entryIds), kind);
    }
}
