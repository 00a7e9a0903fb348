package mentorbot.qa;

import java.util.Locale;

/** What a free-text question asks for, as far as routing to an answer builder goes. */
public enum Intent {
    SALARY, LEVEL, REGIONS, ROADMAP, STEPS, ROLE, ROLES_LIST, INTERVIEW, HELP, GREETING;

    static Intent parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
