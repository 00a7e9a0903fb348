package mentorbot.knowledge;

import java.util.List;

/** The salary table by experience level. */
public record SalaryTable(String scope, List<SalaryBand> bands, String source) {

    public SalaryTable {
        bands = Lists.copy(bands);
    }
}
