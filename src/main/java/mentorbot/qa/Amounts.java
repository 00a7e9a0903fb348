package mentorbot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mentorbot.mentor.Amount;

/**
 * Reads the sums of money in a question: a number with a currency sign or word, or with a
 * thousands suffix ("95k", "120 grand"), or a five-to-seven digit figure. Years ("2034"),
 * percentages, counts of years and small numbers are not money.
 */
final class Amounts {

    private static final Map<String, String> SIGNS = Map.of("$", "USD", "£", "GBP", "€", "EUR", "₹", "INR", "¥", "JPY");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("usd", "USD"), Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("bucks", "USD"),
            Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"), Map.entry("pound", "GBP"), Map.entry("quid", "GBP"),
            Map.entry("eur", "EUR"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("inr", "INR"), Map.entry("rupees", "INR"), Map.entry("rs", "INR"), Map.entry("lpa", "INR"),
            Map.entry("lakh", "INR"), Map.entry("lakhs", "INR"), Map.entry("crore", "INR"),
            Map.entry("cad", "CAD"), Map.entry("aud", "AUD"), Map.entry("sgd", "SGD"), Map.entry("chf", "CHF"),
            Map.entry("yen", "JPY"), Map.entry("jpy", "JPY"), Map.entry("yuan", "CNY"), Map.entry("rmb", "CNY"));

    /** Sign, number, optional scale, optional currency word; "us$" and "usd 95k" too. */
    private static final Pattern MONEY = Pattern.compile(
            "(?<sign>[$£€₹¥])?\\s?(?<num>\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(?<scale>k\\b|K\\b|thousand\\b|grand\\b|m\\b|M\\b|mil\\b|million\\b|lpa\\b|lakhs?\\b)?"
                    + "(?:\\s?(?<word>usd|dollars?|bucks|gbp|pounds?|quid|eur|euros?|inr|rupees|rs|cad|aud|sgd|chf|yen|jpy|yuan|rmb|lpa|lakhs?|crore)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?i)\\b(usd|gbp|eur|inr|cad|aud|sgd|chf|rs\\.?)\\s?$");
    private static final Pattern FOREIGN = Pattern.compile(
            "(?i)(?<![a-z])(canadian dollars?|australian dollars?|singapore dollars?|[£€₹¥]|gbp|pounds?|quid|eur|euros?|inr|rupees|lpa|lakhs?|crores?|cad|aud|sgd|chf|yen|yuan|rmb)(?![a-z])");
    private static final Map<String, String> FOREIGN_CODES = Map.ofEntries(
            Map.entry("canadian", "CAD"), Map.entry("australian", "AUD"), Map.entry("singapore", "SGD"),
            Map.entry("£", "GBP"), Map.entry("€", "EUR"), Map.entry("₹", "INR"), Map.entry("¥", "JPY"), Map.entry("crore", "INR"),
            Map.entry("crores", "INR"));

    /** A sum owed or spent, not earned: "30k in student loans", "60k of debt", "tuition of 40k", "I owe 25k". */
    private static final Pattern DEBT_AFTER = Pattern.compile("(?i)^\\s*(?:(?:in|of)\\s+)?(?:student\\s+)?(?:loans?|debts?)\\b");
    private static final Pattern SPENT_BEFORE = Pattern.compile(
            "(?i)\\b(?:owe|owing|owed|tuition(?: of| is| was)?|costs?|cost me|spent|saved|savings of|debt of|loans? of)\\s*$");

    private Amounts() {
    }

    static List<Amount> in(String raw) {
        String text = spelledOut(raw);
        List<Amount> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            String sign = m.group("sign");
            String scale = m.group("scale") == null ? "" : m.group("scale").toLowerCase(Locale.ROOT);
            String word = m.group("word") == null ? "" : m.group("word").toLowerCase(Locale.ROOT);
            String before = text.substring(Math.max(0, m.start() - 5), m.start());
            Matcher prefix = CURRENCY_BEFORE.matcher(before);
            String currency = sign != null ? SIGNS.get(sign)
                    : !word.isEmpty() ? WORDS.get(word)
                    : prefix.find() ? WORDS.getOrDefault(prefix.group(1).toLowerCase(Locale.ROOT).replace(".", ""), "OTHER")
                    : scale.startsWith("lakh") || scale.equals("lpa") ? "INR" : Amount.NONE;
            if (Amount.NONE.equals(currency) || "USD".equals(currency)) {
                String named = foreignCurrency(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
                currency = named == null ? currency : named; // "140k canadian dollars"
            }
            double number = parse(m.group("num"));
            long multiplier = switch (scale) {
                case "k", "thousand", "grand" -> 1_000L;
                case "m", "mil", "million" -> 1_000_000L;
                case "lakh", "lakhs", "lpa" -> 100_000L;
                default -> 1L;
            };
            long value = Math.round(number * multiplier);
            boolean marked = sign != null || !word.isEmpty() || multiplier > 1 || prefix.find(0);
            boolean followedByPercentOrYears = followedBy(text, m.end(), "%", "percent", "year", "yr", "yoe", "month", "week",
                    "hour", "day", "people", "professional", "expert", "startup", "compan", "job", "role", "gpu", "b ", "x");
            boolean plausible = marked ? value >= 1_000 || !scale.isEmpty() || sign != null : value >= 20_000 && value <= 5_000_000;
            boolean spent = DEBT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 25))).find()
                    || SPENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
            if (plausible && !spent && !(followedByPercentOrYears && sign == null && word.isEmpty()) && !isYear(m.group("num"), marked)) {
                out.add(new Amount(value, currency, m.group().strip()));
            }
        }
        return List.copyOf(out);
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TENS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final String UNIT = "(one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEN = "(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    /** "two hundred k", "ninety-five thousand", "eighty grand", "one-twenty k", "a hundred and ten k". */
    private static final Pattern SPELLED = Pattern.compile("(?i)\\b(?:(?<h>" + UNIT + "|a) hundred(?: and)?[ -]?)?(?:(?<t>" + TEN
            + ")(?:[ -](?<u>" + UNIT + "))?|(?<lead>" + UNIT + ")[ -](?<t2>" + TEN + "))?\\s?(?<scale>k|grand|thousand)\\b");

    /** The text with sums written in words turned into figures ("eighty k" reads as "80k"). */
    static String spelledOut(String text) {
        Matcher m = SPELLED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int value;
            if (m.group("lead") != null) { // "one-twenty k": a hundred and twenty
                value = UNITS.get(m.group("lead").toLowerCase(Locale.ROOT)) * 100 + TENS.get(m.group("t2").toLowerCase(Locale.ROOT));
            } else {
                value = m.group("h") == null ? 0 : m.group("h").equalsIgnoreCase("a") ? 100
                        : UNITS.get(m.group("h").toLowerCase(Locale.ROOT)) * 100;
                value += m.group("t") == null ? 0 : TENS.get(m.group("t").toLowerCase(Locale.ROOT));
                value += m.group("u") == null ? 0 : UNITS.get(m.group("u").toLowerCase(Locale.ROOT));
            }
            m.appendReplacement(out, value == 0 ? Matcher.quoteReplacement(m.group()) : value + "k");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The first currency other than the US dollar that the text names ("in euros", "£60k", "LPA"), or null. */
    static String foreignCurrency(String text) {
        Matcher m = FOREIGN.matcher(text);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        String first = w.split(" ")[0];
        return FOREIGN_CODES.getOrDefault(first, WORDS.getOrDefault(w, "OTHER"));
    }

    private static boolean isYear(String num, boolean marked) {
        return !marked && num.length() == 4 && (num.startsWith("19") || num.startsWith("20"));
    }

    private static boolean followedBy(String text, int end, String... words) {
        String rest = text.substring(end).stripLeading().toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (rest.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static double parse(String num) {
        String n = num;
        if (n.matches("\\d{1,3}([,.]\\d{3})+")) {
            n = n.replaceAll("[,.]", "");
        }
        return Double.parseDouble(n.replace(',', '.'));
    }
}
