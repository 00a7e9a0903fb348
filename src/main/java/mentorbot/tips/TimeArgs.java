package mentorbot.tips;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient parsing of a time of day ("9:00", "09:00") and a time zone ("europe/berlin", "UTC", "+05:30", "Berlin"). */
public final class TimeArgs {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.h](\\d{2})");
    private static final Pattern OFFSET = Pattern.compile("(?i)(?:utc|gmt)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Map<String, String> ZONES_LOWER = new HashMap<>();
    private static final Map<String, String> CITIES = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONES_LOWER.put(id.toLowerCase(Locale.ROOT), id);
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                String city = id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                // several ids can share a last part (a link and its target); keep a canonical-looking one
                CITIES.merge(city, id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }

    private TimeArgs() {
    }

    /** Whether the word is meant as a time of day (digits with a separator, not an offset). */
    public static boolean looksLikeTime(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** A time of day, or empty when the text is not one (25:00, 9:75, noon). */
    public static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, min));
    }

    /** A zone, found leniently: exact or case-insensitive IANA id, "UTC"/"GMT"/"Z", offsets, a city name. */
    public static Optional<ZoneId> zone(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("utc") || lower.equals("gmt") || lower.equals("z") || lower.equals("etc/utc")) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher m = OFFSET.matcher(t);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(2));
            int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            try {
                int sign = m.group(1).equals("-") ? -1 : 1;
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        String normalized = lower.replace(' ', '_');
        String id = ZONES_LOWER.get(normalized);
        if (id == null) {
            id = CITIES.get(normalized);
        }
        return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
    }
}
