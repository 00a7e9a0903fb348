package mentorbot.platform.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.Mention;
import mentorbot.mentor.Reply;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders a neutral {@link Reply} as Discord embeds, within Discord's limits: title 256,
 * description 4,096, field name 256 and value 1,024, 25 fields per embed, 10 embeds, and 6,000
 * characters across all embeds of one message. Long text is split at word boundaries; whatever
 * still does not fit is dropped and the footer says the answer was shortened. A pure function.
 */
public final class EmbedRenderer {

    public static final int TITLE = 256;
    public static final int DESCRIPTION = 4_096;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1_024;
    public static final int FIELDS = 25;
    public static final int FOOTER = 2_048;
    public static final int EMBEDS = 10;
    /** Characters across every embed of one message (title, description, fields, footer). */
    public static final int TOTAL = 6_000;

    static final String BLANK = "\u200b";
    static final String SHORTENED = "(answer shortened) ";
    private static final Color MATCHED = new Color(0x5865F2);
    private static final Color DECLINED = new Color(0xFEE75C);

    private EmbedRenderer() {
    }

    public static List<MessageEmbed> render(Reply reply) {
        return new Packer(reply).pack();
    }

    /** Breaks {@code @everyone} and {@code @here} so that they can never ping, whatever else happens. */
    static String neutralize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.replace("@everyone", "@" + BLANK + "everyone").replace("@here", "@" + BLANK + "here");
    }

    private static final class Packer {
        private final Reply reply;
        private final List<EmbedBuilder> embeds = new ArrayList<>();
        private final String footer;
        private EmbedBuilder current;
        private int currentLength;
        private int currentFields;
        private int total;
        private boolean shortened;

        Packer(Reply reply) {
            this.reply = reply;
            this.footer = TextFit.fit(neutralize(reply.footer()), FOOTER - SHORTENED.length());
        }

        List<MessageEmbed> pack() {
            String title = TextFit.fit(neutralize(reply.title()), TITLE);
            current = newEmbed();
            if (!title.isBlank()) {
                current.setTitle(title);
                currentLength += title.length();
                total += title.length();
            }
            List<String> intro = TextFit.split(neutralize(reply.opening()), DESCRIPTION);
            for (int i = 0; i < intro.size() && !shortened; i++) {
                addDescription(intro.get(i), i == 0);
            }
            for (Reply.Field f : reply.fields()) {
                if (shortened) {
                    break;
                }
                addField(name(f.label()), TextFit.fit(fieldValue(f), FIELD_VALUE), true);
            }
            for (Reply.Section s : reply.sections()) {
                if (shortened) {
                    break;
                }
                addSection(s);
            }
            if (embeds.size() > 1) {
                embeds.subList(1, embeds.size()).removeIf(EmbedBuilder::isEmpty);
            }
            String foot = shortened ? SHORTENED + footer : footer;
            if (!foot.isBlank()) {
                embeds.get(embeds.size() - 1).setFooter(foot.strip());
            }
            if (embeds.get(0).isEmpty()) {
                embeds.get(0).setDescription(BLANK);
            }
            return embeds.stream().map(EmbedBuilder::build).toList();
        }

        private void addSection(Reply.Section s) {
            StringBuilder body = new StringBuilder(neutralize(s.text()).strip());
            for (String item : s.items()) {
                if (body.length() > 0) {
                    body.append('\n');
                }
                body.append("• ").append(neutralize(item).strip());
            }
            List<String> chunks = TextFit.split(body.toString(), FIELD_VALUE);
            if (chunks.isEmpty()) {
                chunks = List.of(BLANK);
            }
            String heading = name(s.heading());
            for (int i = 0; i < chunks.size() && !shortened; i++) {
                addField(i == 0 ? heading : BLANK, chunks.get(i), false);
            }
        }

        private void addDescription(String text, boolean first) {
            if (!first || !fits(text.length(), false)) {
                if (!next()) {
                    return;
                }
            }
            if (!fitsTotal(text.length())) {
                int room = TOTAL - reserve() - total;
                if (room < 20) {
                    shortened = true;
                    return;
                }
                text = TextFit.fit(text, room);
                shortened = true;
            }
            current.setDescription(text);
            currentLength += text.length();
            total += text.length();
        }

        private void addField(String name, String value, boolean inline) {
            int len = name.length() + value.length();
            if (!fits(len, true) && !next()) {
                return;
            }
            if (!fitsTotal(len)) {
                int room = TOTAL - reserve() - total - name.length();
                if (room < 20) {
                    shortened = true;
                    return;
                }
                value = TextFit.fit(value, room);
                len = name.length() + value.length();
                shortened = true;
            }
            current.addField(name, value, inline);
            currentFields++;
            currentLength += len;
            total += len;
        }

        private boolean fits(int len, boolean field) {
            return (!field || currentFields < FIELDS) && currentLength + len + reserve() <= TOTAL;
        }

        private boolean fitsTotal(int len) {
            return total + len + reserve() <= TOTAL;
        }

        /** Room kept for the footer and the "shortened" note. */
        private int reserve() {
            return footer.length() + SHORTENED.length();
        }

        /** Starts another embed; false (and shortened) when the message holds no more. */
        private boolean next() {
            if (embeds.size() >= EMBEDS) {
                shortened = true;
                return false;
            }
            current = newEmbed();
            return true;
        }

        private EmbedBuilder newEmbed() {
            EmbedBuilder b = new EmbedBuilder().setColor(reply.matched() ? MATCHED : DECLINED);
            embeds.add(b);
            currentLength = 0;
            currentFields = 0;
            return b;
        }

        private static String name(String label) {
            String n = TextFit.fit(neutralize(label).strip(), FIELD_NAME);
            return n.isBlank() ? BLANK : n;
        }

        /** A user or channel the core named renders as Discord's {@code <@id>} / {@code <#id>}: in an embed, never a ping. */
        private static String fieldValue(Reply.Field f) {
            Mention m = f.mention();
            if (m != null && m.id().matches("[0-9]{1,25}")) {
                return (m.kind() == Mention.Kind.USER ? "<@" : "<#") + m.id() + ">";
            }
            return value(f.value());
        }

        private static String value(String v) {
            String n = neutralize(v).strip();
            return n.isBlank() ? BLANK : n;
        }
    }
}
