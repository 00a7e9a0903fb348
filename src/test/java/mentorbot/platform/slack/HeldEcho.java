package mentorbot.platform.slack;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.RequestHandler;

/** A core that echoes each request only once released (bounded at 10 s), saying when one has entered. */
final class HeldEcho implements RequestHandler {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Reply handle(Request request) {
        entered.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return EchoHandler.echo(request);
    }
}
