package mentorbot.mentor;

/** The one entry point of the core for every platform: a request in, a neutral reply out. Never throws. */
public interface RequestHandler {

    Reply handle(Request request);
}
