package mentorbot.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mentorbot.mentor.TextFit;
import mentorbot.tips.TimeArgs;

/**
 * Reads {@code weekly|off [DAY] [HH:MM] [ZONE]} leniently (any order after the mode; {@code mon}, {@code Mondays};
 * {@code 9:00}; {@code Europe/Berlin}, {@code utc}, {@code +05:30}), or says what cannot be.
 */
final class NudgeArgs {

    /** What was asked: off, or weekly with what was given (the rest from the defaults). */
    record Parsed(boolean off, Optional<DayOfWeek> day, Optional<LocalTime> time, Optional<ZoneId> zone, String problem) {
        static Parsed problem(String why) {
            return new Parsed(false, Optional.empty(), Optional.empty(), Optional.empty(), why);
        }
    }

    private NudgeArgs() {
    }

    static Parsed parse(List<String> words) {
        List<String> rest = new ArrayList<>(words);
        if (!rest.isEmpty()) {
            String mode = rest.get(0).toLowerCase(Locale.ROOT);
            if (List.of("off", "stop", "none", "no").contains(mode)) {
                return rest.size() == 1 ? new Parsed(true, Optional.empty(), Optional.empty(), Optional.empty(), null)
                        : Parsed.problem("/plan nudge off takes nothing after it.");
            }
            if (List.of("weekly", "on", "every", "week").contains(mode)) {
                rest.remove(0);
            } else if (List.of("daily", "monthly", "hourly", "yearly").contains(mode)) {
                return Parsed.problem("Nudges are weekly, not " + mode + ".");
            }
        }
        DayOfWeek day = null;
        LocalTime time = null;
        List<String> zoneWords = new ArrayList<>();
        for (String w : rest) {
            Optional<DayOfWeek> d = day(w);
            if (d.isPresent()) {
                if (day != null) {
                    return Parsed.problem("Give one day of the week, not two.");
                }
                day = d.get();
            } else if (TimeArgs.looksLikeTime(w) && !w.startsWith("+")) {
                Optional<LocalTime> t = TimeArgs.time(w);
                if (t.isEmpty()) {
                    return Parsed.problem("\"" + TextFit.fit(w, 20) + "\" is not a time of day: write HH:MM, from 00:00 to 23:59.");
                }
                time = t.get();
            } else {
                zoneWords.add(w);
            }
        }
        ZoneId zone = null;
        if (!zoneWords.isEmpty()) {
            String text = String.join(" ", zoneWords);
            Optional<ZoneId> z = TimeArgs.zone(text);
            if (z.isEmpty()) {
                return Parsed.problem("I do not know the day or time zone \"" + TextFit.fit(text, 40)
                        + "\": days are monday to sunday; zones are written like Europe/Berlin, UTC or +05:30.");
            }
            zone = z.get();
        }
        return new Parsed(false, Optional.ofNullable(day), Optional.ofNullable(time), Optional.ofNullable(zone), null);
    }

    /** "mon", "monday", "Mondays". */
    static Optional<DayOfWeek> day(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() < 3) {
            return Optional.empty();
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (name.startsWith(w) || w.equals(name + "s")) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
