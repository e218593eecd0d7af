package uk.supportbudget.domain.payrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;

/** Which payments settle what payroll says is owed. */
class LiabilityMatcherTest {

    private static final Map<Long, String> NAMES = Map.of(1L, "Jordan Ellis");
    private static final PayrollLiability WAGES = new PayrollLiability(10, 1, PayrollLiability.Kind.NET_WAGES, 1L, "Jordan Ellis",
            Money.parse("1012.40"), LocalDate.of(2026, 4, 28), null, null);
    private static final PayrollLiability HMRC = new PayrollLiability(11, 1, PayrollLiability.Kind.HMRC, null, "HMRC", Money.parse("148.60"),
            LocalDate.of(2026, 5, 22), null, null);
    private static final PayrollLiability PENSION = new PayrollLiability(12, 1, PayrollLiability.Kind.PENSION, null, "NEST", Money.parse("52.30"),
            LocalDate.of(2026, 5, 22), null, null);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, liability, date, amount, payee, category, matches
            "wages to the PA's surname, W, 2026-04-28, -1012.40, J ELLIS, , true",
            "wages a few days late, W, 2026-05-02, -1012.40, JORDAN ELLIS FP, , true",
            "wages a penny out, W, 2026-04-28, -1012.41, J ELLIS, , false",
            "wages to someone else, W, 2026-04-28, -1012.40, P SHAH, , false",
            "wages categorised by hand, W, 2026-04-28, -1012.40, SO 123456, PA_WAGES, true",
            "wages a month later, W, 2026-05-28, -1012.40, J ELLIS, , false",
            "HMRC early, H, 2026-05-19, -148.60, HMRC CUMBERNAULD, , true",
            "HMRC by its full name, H, 2026-05-22, -148.60, H M REVENUE & CUSTOMS, , true",
            "HMRC amount to a shop, H, 2026-05-19, -148.60, TESCO, , false",
            "HMRC categorised as something else, H, 2026-05-19, -148.60, HMRC, FEES, false",
            "pension direct debit, P, 2026-05-20, -52.30, NEST DD, , true",
            "pension money in, P, 2026-05-20, 52.30, NEST, , false",
    })
    void matches(String name, String which, LocalDate date, String amount, String payee, Category category, boolean matches) {
        PayrollLiability liability = switch (which) {
            case "W" -> WAGES;
            case "H" -> HMRC;
            default -> PENSION;
        };
        List<LiabilityMatcher.Match> found = LiabilityMatcher.match(List.of(liability),
                List.of(new LiabilityMatcher.Payment(99, date, Money.parse(amount), payee, category)), NAMES, "NEST");
        assertEquals(matches ? 1 : 0, found.size());
    }

    @Test
    void oneHmrcPaymentSettlesEverythingDueTheSameDay() {
        PayrollLiability second = new PayrollLiability(13, 2, PayrollLiability.Kind.HMRC, null, "HMRC", Money.parse("51.40"),
                LocalDate.of(2026, 5, 22), null, null);
        List<LiabilityMatcher.Match> found = LiabilityMatcher.match(List.of(HMRC, second),
                List.of(new LiabilityMatcher.Payment(99, LocalDate.of(2026, 5, 20), Money.parse("-200.00"), "HMRC", null)), NAMES, "NEST");
        assertEquals(List.of(11L, 13L), found.get(0).liabilityIds());
    }

    @Test
    void aPaymentSettlesOnlyOneLiability() {
        PayrollLiability twin = new PayrollLiability(14, 2, PayrollLiability.Kind.NET_WAGES, 1L, "Jordan Ellis", Money.parse("1012.40"),
                LocalDate.of(2026, 4, 30), null, null);
        List<LiabilityMatcher.Match> found = LiabilityMatcher.match(List.of(WAGES, twin),
                List.of(new LiabilityMatcher.Payment(99, LocalDate.of(2026, 4, 28), Money.parse("-1012.40"), "J ELLIS", null)), NAMES, "NEST");
        assertEquals(1, found.size());
        assertEquals(List.of(10L), found.get(0).liabilityIds());
    }
}
