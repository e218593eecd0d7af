package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.service.payroll.RatesLoader;

/** The shipped rate files, for tests. */
final class TestRates {

    private TestRates() {
    }

    static RatesTable year(String taxYear) {
        return RatesLoader.standard().forYear(TaxYear.parse(taxYear));
    }
}
