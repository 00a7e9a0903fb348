package mentorbot.mentor;

import java.util.Locale;

/**
 * What a button does, typed: platforms carry it in a button and get it back on a click, so nothing
 * is a line to parse again.
 */
public sealed interface Action {

    /**
     * Runs a command for whoever clicks.
     *
     * @param command   the command's name, without the slash ("salary")
     * @param arguments what follows it ("senior"), may be empty
     */
    record Run(String command, String arguments) implements Action {
        public Run {
            command = command.strip().toLowerCase(Locale.ROOT);
            if (command.isEmpty() || command.startsWith("/") || command.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("not a command name: '" + command + "'");
            }
            arguments = arguments == null ? "" : arguments.strip();
        }

        /** A command line as an author writes it ("/salary senior"); used where replies are built, never on a click. */
        public static Run of(String line) {
            String text = line.strip();
            if (!text.startsWith("/")) {
                throw new IllegalArgumentException("a suggestion runs a command: '" + line + "'");
            }
            int space = text.indexOf(' ');
            return space < 0 ? new Run(text.substring(1), "") : new Run(text.substring(1, space), text.substring(space + 1));
        }

        /** As a user would type it, for renderings without buttons: "/salary senior". */
        public String typed() {
            return arguments.isEmpty() ? "/" + command : "/" + command + " " + arguments;
        }
    }

    /** Posts the reply kept under {@code key} to the channel, once. */
    record Share(String key) implements Action {
    }

    /** Shows the whole of the folded reply kept under {@code key}. */
    record More(String key) implements Action {
    }

    /** 👍 ({@code helpful}) or 👎 on the answer recorded under {@code answerId}; a second click changes the vote. */
    record Vote(String answerId, boolean helpful) implements Action {
        public Vote {
            answerId = Ids.check(answerId);
        }
    }

    /** The learner's consent to send the question answered under {@code answerId} to the team's mentors channel. */
    record AskMentor(String answerId) implements Action {
        public AskMentor {
            answerId = Ids.check(answerId);
        }
    }

    /** A mentor takes the request {@code requestId}. */
    record Claim(String requestId) implements Action {
        public Claim {
            requestId = Ids.check(requestId);
        }
    }

    /** The mentor who claimed {@code requestId} marks it resolved. */
    record Resolve(String requestId) implements Action {
        public Resolve {
            requestId = Ids.check(requestId);
        }
    }

    /**
     * The learner checks off {@code itemId} of their learning plan; the plan is shown again in place of the message
     * the button was on.
     */
    record PlanDone(String itemId) implements Action {
        public PlanDone {
            itemId = Ids.checkItem(itemId);
        }

        @Override
        public boolean editsInPlace() {
            return true;
        }
    }

    /** The learner takes back checking off {@code itemId}; the plan is shown again in place. */
    record PlanUndo(String itemId) implements Action {
        public PlanUndo {
            itemId = Ids.checkItem(itemId);
        }

        @Override
        public boolean editsInPlace() {
            return true;
        }
    }

    /** "Later" on a weekly nudge about {@code itemId}: a quiet private acknowledgement. */
    record PlanLater(String itemId) implements Action {
        public PlanLater {
            itemId = Ids.checkItem(itemId);
        }
    }

    /**
     * Whether a click's answer replaces the message the button was on (a plan checked off shows the plan anew)
     * rather than coming as a new private message. Platforms decide how to answer before the click is handled.
     */
    default boolean editsInPlace() {
        return false;
    }

    /** Answer and request ids: short (a Discord custom id holds 100 characters), letters, digits, '-' and '_'. */
    final class Ids {
        public static final int MAX = 32;

        private Ids() {
        }

        static String check(String id) {
            if (id == null || id.isEmpty() || id.length() > MAX || !id.chars().allMatch(ch -> ch < 128
                    && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_'))) {
                throw new IllegalArgumentException("not an answer or request id");
            }
            return id;
        }

        /** Plan item ids: built from knowledge ids (lower-case kebab case), at most {@link #ITEM_MAX} characters. */
        public static final int ITEM_MAX = 80;

        static String checkItem(String id) {
            if (id == null || id.isEmpty() || id.length() > ITEM_MAX || !id.chars().allMatch(ch -> ch < 128
                    && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_'))) {
                throw new IllegalArgumentException("not a plan item id");
            }
            return id;
        }
    }
}
