package mentorbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a browser sees when an installation does not finish: a short page saying why and linking to the install page
 * again, with a 4xx or 5xx status, never an exception's text or a stack trace (Bolt's default pages echo it).
 * Installed on the app with {@link #install(App, String)}.
 */
final class OAuthPages {

    private static final Logger log = LoggerFactory.getLogger(OAuthPages.class);

    /** Why {@link SlackOAuthStates} refuses a state used meanwhile. */
    static final String USED_STATE = "the OAuth state was used already";

    private final String installPath;

    private OAuthPages(String installPath) {
        this.installPath = installPath;
    }

    /** Replaces Bolt's failure pages on {@code app}; {@code installPath} is where a new attempt starts. */
    static void install(App app, String installPath) {
        OAuthPages pages = new OAuthPages(installPath);
        app.oauthCallbackStateError((req, resp) -> {
            log.warn("Slack OAuth: refused a redirect with a missing, unknown, expired or used state");
            return pages.page(resp, 400, "This installation link has expired or was already used",
                    "Start again from the install page; each link works once, for ten minutes.");
        });
        app.oauthCallbackError((req, resp) -> pages.page(resp, 200, "Installation cancelled",
                "mentor-bot was not installed. You can install it at any time from the install page."));
        app.oauthCallbackAccessError((com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler) (req, resp, api) -> {
            log.warn("Slack OAuth: oauth.v2.access answered {}", api.getError());
            return pages.page(resp, 400, "Slack did not confirm the installation",
                    "Slack answered \"" + api.getError() + "\". Start again from the install page.");
        });
        app.oauthCallbackException((req, resp, e) -> {
            if (USED_STATE.equals(e.getMessage())) {
                log.warn("Slack OAuth: refused a redirect whose state was used meanwhile");
                return pages.page(resp, 400, "This installation link has expired or was already used",
                        "Start again from the install page; each link works once, for ten minutes.");
            }
            log.error("Slack OAuth: the installation failed: {}", e.getClass().getSimpleName());
            log.debug("Slack OAuth failure", e);
            return pages.page(resp, 500, "The installation failed", "Please try again from the install page.");
        });
        app.oauthPersistenceErrorCallback(args -> {
            log.error("Slack OAuth: the installation could not be saved: {}", args.getError().getMessage());
            pages.page(args.getResponse(), 500, "The installation could not be saved",
                    "Please try again from the install page, or tell the bot's operator.");
        });
    }

    private Response page(Response resp, int status, String title, String text) {
        resp.setStatusCode(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setBody("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>mentor-bot: " + html(title)
                + "</title></head>\n<body><h1>" + html(title) + "</h1>\n<p>" + html(text) + "</p>\n<p><a href=\""
                + html(installPath) + "\">Install mentor-bot</a></p></body></html>\n");
        return resp;
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
