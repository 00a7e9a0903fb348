package mentorbot.platform.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.plan.PlanView;

/**
 * {@code ask}: answers one input, or every line of standard input in turn for one user (so
 * follow-ups work in a batch), as plain text or one JSON object per line.
 */
public final class AskRunner {

    private final RequestHandler handler;
    private final PlainTextRenderer renderer = new PlainTextRenderer();
    private final ObjectMapper json = new ObjectMapper();
    private final boolean asJson;
    private final String user;
    private final PrintStream out;
    private final ConsoleMentoring mentoring;
    private final PlanLookup plans;

    public AskRunner(RequestHandler handler, boolean asJson, String user, PrintStream out) {
        this(handler, asJson, user, out, null);
    }

    /**
     * @param mentoring records each answer (platform console, this user) and clicks {@code mb:…} inputs; null:
     *                  neither. {@code --json} adds the answer's {@code answerId} and {@code buttons}.
     */
    public AskRunner(RequestHandler handler, boolean asJson, String user, PrintStream out,
                     mentorbot.mentoring.Mentoring mentoring) {
        this(handler, asJson, user, out, mentoring, null);
    }

    /**
     * @param plans the learning plans; with {@code --json} an input about the plan ({@code /plan …}, a plan button,
     *              "make me a plan") adds the user's plan as data, {@code "plan"}; null: never
     */
    public AskRunner(RequestHandler handler, boolean asJson, String user, PrintStream out,
                     mentorbot.mentoring.Mentoring mentoring, PlanLookup plans) {
        this.handler = handler;
        this.asJson = asJson;
        this.user = user;
        this.out = out;
        this.mentoring = mentoring == null ? null : new ConsoleMentoring(mentoring);
        this.plans = plans;
    }

    /** Where {@code ask --json} finds a user's plan, and which free text asks for one. */
    public record PlanLookup(java.util.function.Function<mentorbot.mentor.UserKey, java.util.Optional<PlanView>> view,
                             java.util.function.Predicate<String> asksForPlan) {
    }

    /** Waits until every answer is recorded (before the process exits). */
    public void flush() {
        if (mentoring != null) {
            mentoring.flush();
        }
    }

    public void answer(String input) {
        if (mentoring != null && ConsoleMentoring.isClick(input)) {
            mentorbot.mentoring.Response response = mentoring.click(user, input);
            if (asJson) {
                print(input, response.reply(), null, response.buttons(), input.strip().startsWith("mb:plan-"));
            } else {
                mentoring.print(out, response);
            }
            out.flush();
            return;
        }
        mentorbot.mentor.Request request = InputLine.parse(user, input);
        Reply reply = handler.handle(request);
        mentorbot.mentoring.Feedback feedback = mentoring == null ? null : mentoring.record(request, reply);
        if (asJson) {
            boolean aboutPlan = request.command().equals("plan")
                    || request.isFreeText() && plans != null && plans.asksForPlan().test(request.text());
            print(input, reply, feedback == null ? null : feedback.answerId(),
                    feedback == null ? java.util.List.of() : feedback.buttons(), aboutPlan);
        } else {
            out.println(renderer.render(reply));
        }
        out.flush();
    }

    private void print(String input, Reply reply, String answerId, java.util.List<mentorbot.mentoring.Button> buttons,
                       boolean aboutPlan) {
        {
            ObjectNode line = json.createObjectNode();
            line.put("input", input);
            line.put("matched", reply.matched());
            line.put("title", reply.title());
            line.put("lead", reply.lead());
            line.put("text", renderer.body(reply));
            if (answerId != null) {
                line.put("answerId", answerId);
            }
            if (!buttons.isEmpty()) {
                com.fasterxml.jackson.databind.node.ArrayNode array = line.putArray("buttons");
                buttons.forEach(b -> array.addObject().put("label", b.label())
                        .put("id", mentorbot.platform.ActionIds.encode(b.action())));
            }
            if (aboutPlan && plans != null) {
                try {
                    plans.view().apply(InputLine.parse(user, "").user())
                            .ifPresentOrElse(view -> line.set("plan", planJson(view)), () -> line.putNull("plan"));
                } catch (mentorbot.store.StorageException e) {
                    line.putNull("plan"); // the text says why plans are unavailable
                }
            }
            out.println(line);
        }
    }

    /** {@code {"role","title","progress","items":[{"id","text","done"}],"next":[ids],"nudge"}}. */
    private ObjectNode planJson(PlanView view) {
        ObjectNode plan = json.createObjectNode();
        plan.put("role", view.roleId());
        plan.put("title", view.roleTitle());
        plan.put("from", view.from().name().toLowerCase(java.util.Locale.ROOT));
        plan.put("done", view.done());
        plan.put("total", view.items().size());
        com.fasterxml.jackson.databind.node.ArrayNode items = plan.putArray("items");
        view.items().forEach(i -> items.addObject().put("id", i.item().id()).put("kind", i.item().kind().name().toLowerCase(
                java.util.Locale.ROOT)).put("text", i.item().text()).put("done", i.done()));
        com.fasterxml.jackson.databind.node.ArrayNode next = plan.putArray("next");
        view.next().forEach(i -> next.add(i.id()));
        view.nudge().ifPresentOrElse(n -> plan.putObject("nudge").put("day", n.day().name().toLowerCase(java.util.Locale.ROOT))
                .put("time", n.time().toString()).put("zone", n.zone().getId()), () -> plan.putNull("nudge"));
        return plan;
    }

    /** Answers every line of {@code in}; blank lines are answered too (as empty input), so line counts match. */
    public void answerAll(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            answer(line);
        }
    }
}
