package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import mentorbot.mentor.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sums of money in a question, in whole units with their currency; years, shares and counts are not money. */
class AmountsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "is 95k a fair offer for a junior?|95000|NONE",
            "they offered $175,000 base|175000|USD",
            "recruiter says 120 grand|120000|NONE",
            "$1.2m package at big tech|1200000|USD",
            "London offer of £60k, fair?|60000|GBP",
            "75k euros in Berlin|75000|EUR",
            "12 LPA in Bangalore|1200000|INR",
            "140k canadian dollars in Toronto|140000|CAD",
            "an offer of 130000 for a senior|130000|NONE",
            "USD 90k for an entry role|90000|USD",
            "is eighty k ok for an entry role|80000|NONE",
            "they offered ninety-five thousand|95000|NONE",
            "two hundred k at big tech|200000|NONE",
            "one-twenty k as a mid-level engineer|120000|NONE",
            "a hundred and ten grand for a junior?|110000|NONE"})
    void readsTheSumAndItsCurrency(String text, long value, String currency) {
        List<Amount> amounts = Amounts.in(text);
        assertEquals(1, amounts.size(), text + " -> " + amounts);
        assertEquals(value, amounts.get(0).value());
        assertEquals(currency, amounts.get(0).currency());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "job growth of 26% from 2024 to 2034",
            "I have 6 years of experience",
            "I tested software for 12 years",
            "is the 19% study real?",
            "step 3 of 5"})
    void yearsSharesAndCountsAreNotMoney(String text) {
        assertEquals(List.of(), Amounts.in(text));
    }

    @Test
    void aSumOwedOrSpentIsNoPayToJudge() {
        assertEquals(List.of(90_000L), Amounts.in("I still owe 30k in loans; is a 90k entry offer fair?").stream().map(Amount::value).toList());
        assertEquals(List.of(), Amounts.in("should I take on 60k of debt for a master's?"));
        assertEquals(List.of(), Amounts.in("the bootcamp costs $15,000, is that worth it?"));
        assertEquals(List.of(85_000L), Amounts.in("they offered 85k").stream().map(Amount::value).toList());
    }

    @Test
    void aCurrencyAskedForWithoutASumIsFound() {
        assertEquals("EUR", Amounts.foreignCurrency("what do AI engineers earn in euros?"));
        assertEquals("INR", Amounts.foreignCurrency("salary in rupees please"));
        assertEquals("CAD", Amounts.foreignCurrency("in Canadian dollars"));
        assertEquals(null, Amounts.foreignCurrency("what do senior AI engineers earn in dollars?"));
    }

    @Test
    void aSumInDollarsReadsInThousandsAsTheGuidesWriteRanges() {
        Amount a = Amounts.in("$95,500 offer").get(0);
        assertEquals("$96K", a.inThousands());
        assertEquals(true, a.inDollars());
        assertEquals(false, Amounts.in("£60k").get(0).inDollars());
    }
}
