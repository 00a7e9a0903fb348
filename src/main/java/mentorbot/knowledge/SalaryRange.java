package mentorbot.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed salary range such as {@code $150K – $200K+}: thousands of dollars, upper bound maybe open. */
public record SalaryRange(int minThousands, int maxThousands, boolean openEnded) {

    private static final Pattern RANGE = Pattern.compile("\\$(\\d{1,4})K\\s*[–-]\\s*\\$(\\d{1,4})K(\\+?)");

    /** Parses the seeds' notation; empty when the text is not a range of that shape or is inverted. */
    public static Optional<SalaryRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = RANGE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(m.group(1));
        int max = Integer.parseInt(m.group(2));
        if (min >= max) {
            return Optional.empty();
        }
        return Optional.of(new SalaryRange(min, max, !m.group(3).isEmpty()));
    }
}
