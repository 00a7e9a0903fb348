package mentorbot.mentor;

import java.util.List;

/**
 * The platform-neutral answer every command and question produces. Each platform renders it
 * (Block Kit, Discord embeds, plain text). Build one with {@link ReplyBuilder}, which keeps it
 * within {@link ReplyLimits} by construction.
 *
 * @param title       a short heading
 * @param lead        one or two sentences (at most {@link ReplyLimits#LEAD} characters) that answer what was
 *                    asked; everything else of the reply supports it
 * @param intro       an opening paragraph after the lead, may be empty
 * @param fields      short label/value facts shown side by side (level, focus, range…)
 * @param sections    the body: headed blocks of text and bullet items
 * @param suggestions follow-up commands the user can click or type
 * @param footer      a one-line note (source, hint), may be empty
 * @param visibility  private (only the caller) or shared with the channel
 * @param matched     false when the bot declines: not understood, out of scope, empty input, rate limited
 * @param entryIds    the knowledge entries that answered (their ids), so a vote and the insights can name them;
 *                    empty for a decline and for replies built from no entry (help, notices)
 * @param kind        what sort of reply this is, for platforms that show some sorts their own way (a slow-down
 *                    only to its asker); {@link Kind#ANSWER} for everything a command or question produced
 */
public record Reply(
        String title,
        String lead,
        String intro,
        List<Field> fields,
        List<Section> sections,
        List<Suggestion> suggestions,
        String footer,
        Visibility visibility,
        boolean matched,
        List<String> entryIds,
        Kind kind) {

    /**
     * The sorts of reply a platform may show its own way. The core says what happened; where and how the
     * person is told stays the platform's call.
     */
    public enum Kind {
        /** What a command or question produced, a decline included. */
        ANSWER,
        /** The request was refused by the rate limit and will not be answered: ask again later. */
        SLOW_DOWN,
        /** The message asked nothing (empty once cleaned): the reply says what can be asked. */
        EMPTY_MESSAGE
    }

    public Reply {
        kind = kind == null ? Kind.ANSWER : kind;
        entryIds = matched && entryIds != null ? List.copyOf(new java.util.LinkedHashSet<>(entryIds)) : List.of();
        lead = lead == null ? "" : lead;
        intro = intro == null ? "" : intro;
        footer = footer == null ? "" : footer;
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
        suggestions = List.copyOf(suggestions);
    }

    /** An answer naming {@code entryIds}. */
    public Reply(String title, String lead, String intro, List<Field> fields, List<Section> sections,
                 List<Suggestion> suggestions, String footer, Visibility visibility, boolean matched, List<String> entryIds) {
        this(title, lead, intro, fields, sections, suggestions, footer, visibility, matched, entryIds, Kind.ANSWER);
    }

    /** A reply that names no knowledge entry. */
    public Reply(String title, String lead, String intro, List<Field> fields, List<Section> sections,
                 List<Suggestion> suggestions, String footer, Visibility visibility, boolean matched) {
        this(title, lead, intro, fields, sections, suggestions, footer, visibility, matched, List.of());
    }

    /**
     * A label and a short value, such as "Level: Senior".
     *
     * @param mention when present, the value names this user or channel: platforms render it as their mention
     *                or link (never a ping: only a mentor card's asker is pinged); others show {@code value}
     */
    public record Field(String label, String value, Mention mention) {
        public Field(String label, String value) {
            this(label, value, null);
        }
    }

    /**
     * A block of the body: an optional heading, an optional paragraph and optional bullet items.
     */
    public record Section(String heading, String text, List<String> items) {
        public Section {
            heading = heading == null ? "" : heading;
            text = text == null ? "" : text;
            items = List.copyOf(items);
        }

        /** Characters the section takes when rendered as plain text, bullets included. */
        public int length() {
            int n = heading.length() + text.length() + 2;
            for (String item : items) {
                n += item.length() + 3;
            }
            return n;
        }
    }

    /** A follow-up the user can run: {@code label} for a button, {@code action} the command it runs. */
    public record Suggestion(String label, Action.Run action) {
    }

    /** The lead and the intro as one opening paragraph, for renderings that show them together. */
    public String opening() {
        return lead.isEmpty() ? intro : intro.isEmpty() ? lead : lead + "\n\n" + intro;
    }

    /** Characters of the whole reply as plain text: what decides whether platforms show it folded behind "More". */
    public int length() {
        int n = title.length() + lead.length() + intro.length() + footer.length();
        for (Field f : fields) {
            n += f.label().length() + f.value().length() + 3;
        }
        for (Section s : sections) {
            n += s.length();
        }
        return n;
    }

    /** Whether platforms that can fold show this reply folded behind "More": an answer longer than {@link ReplyLimits#FOLD}. */
    public boolean folds() {
        return matched && length() > ReplyLimits.FOLD && !lead.isEmpty();
    }

    /** The reply as shown folded: the title, the lead, short fields, the suggestions and the footer. */
    public Reply folded() {
        int fieldChars = fields.stream().mapToInt(f -> f.label().length() + f.value().length()).sum();
        return new Reply(title, lead, "", fieldChars <= ReplyLimits.FOLDED_FIELDS ? fields : List.of(), List.of(), suggestions,
                footer, visibility, matched, entryIds, kind);
    }

    /** This reply with {@code note} said first ("The guides say nothing about JAX."); a lead it would crowd out opens the intro. */
    public Reply withNote(String note) {
        String joined = note + " " + lead;
        return joined.length() <= ReplyLimits.LEAD
                ? new Reply(title, joined, intro, fields, sections, suggestions, footer, visibility, matched, entryIds, kind)
                : new Reply(title, note, (lead + "\n\n" + intro).strip(), fields, sections, suggestions, footer, visibility, matched, entryIds, kind);
    }

    public Reply withVisibility(Visibility v) {
        return new Reply(title, lead, intro, fields, sections, suggestions, footer, v, matched, entryIds, kind);
    }

    /** This reply naming {@code ids} as the entries that answered (a decline keeps none). */
    public Reply withEntries(List<String> ids) {
        return new Reply(title, lead, intro, fields, sections, suggestions, footer, visibility, matched, ids, kind);
    }

    /** This reply as another sort (see {@link Kind}). */
    public Reply withKind(Kind k) {
        return new Reply(title, lead, intro, fields, sections, suggestions, footer, visibility, matched, entryIds, k);
    }
}
