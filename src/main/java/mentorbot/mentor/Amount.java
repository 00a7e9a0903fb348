package mentorbot.mentor;

/**
 * A sum of money a question names ("95k", "$175,000", "£60k"), read in whole units.
 *
 * @param value    the amount in whole units of {@code currency} (95k is 95000)
 * @param currency ISO-like code: USD when written with "$" or "dollars", NONE when no currency was
 *                 written at all, or the code of another currency (GBP, EUR, INR…)
 * @param asTyped  the words as the user wrote them, for echoing back
 */
public record Amount(long value, String currency, String asTyped) {

    public static final String USD = "USD";
    public static final String NONE = "NONE";

    /** Written in dollars or with no currency at all: the guides' figures are US dollars. */
    public boolean inDollars() {
        return currency.equals(USD) || currency.equals(NONE);
    }

    /** In thousands, as the guides write ranges ("$95K"). */
    public String inThousands() {
        long k = Math.round(value / 1000.0);
        return "$" + k + "K";
    }
}
