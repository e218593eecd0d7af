package uk.supportbudget.ui.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.returns.ReturnChecks;
import uk.supportbudget.domain.returns.ReturnFrequency;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.ReturnRepository;

/** What the wizard offers first, and how checks and history read, without a screen. */
class ReturnsViewModelTest {

    private static final List<ReturnService.SuggestedPeriod> QUARTERS = ReturnFrequency.QUARTERLY
            .periods(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).stream()
            .map(p -> new ReturnService.SuggestedPeriod(p, p.to().plusDays(28))).toList();

    @ParameterizedTest
    @CsvSource({
            "2026-05-10, '', 2026-04-01",
            "2026-07-01, '', 2026-04-01",
            "2026-11-23, '', 2026-07-01",
            "2026-11-23, 2026-07-01, 2026-04-01",
            "2026-11-23, 2026-07-01;2026-04-01, 2026-10-01",
            "2027-06-01, '', 2027-01-01",
    })
    void theReturnDueNextIsOfferedFirst(LocalDate today, String submitted, LocalDate expectedFrom) {
        List<ReturnService.HistoryRow> history = submitted.isEmpty() ? List.of()
                : java.util.Arrays.stream(submitted.split(";")).map(LocalDate::parse)
                .map(from -> new ReturnService.HistoryRow(new ReturnRepository.StoredReturn(1,
                        new ReturnPeriod(from, from.plusMonths(3).minusDays(1)), null, "westshire",
                        ReturnRepository.Status.SUBMITTED, "{}", "hash", "2026-11-01T10:00:00Z", "me"), false)).toList();
        assertEquals(expectedFrom, ReturnsViewModel.suggest(QUARTERS, today, history).orElseThrow().period().from());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UNCATEGORISED | 1 | 23.49 | '' | 1 payment needs a category (£23.49 in all). Choose one on the Money page.",
            "UNCATEGORISED | 3 | 50.00 | '' | 3 payments need a category (£50.00 in all). Choose one on the Money page.",
            "HMRC_LATE | 1 | 0.00 | May 2026 | HMRC was paid after the 22nd for the wages of May 2026.",
            "NO_EVIDENCE | 2 | 73.49 | '' | 2 payments have no receipt or invoice attached (£73.49 in all).",
    })
    void checksReadAsSentences(ReturnChecks.Kind kind, int count, String amount, String detail, String expected) {
        assertEquals(expected, ReturnsViewModel.findingText(new ReturnChecks.Finding(kind, count, Money.parse(amount), detail)));
    }

    @ParameterizedTest
    @CsvSource({"SUBMITTED, false, Submitted on 1 Nov 2026", "SUBMITTED, true, Changed since submitted on 1 Nov 2026",
            "SUPERSEDED, false, Replaced by a later return (sent 1 Nov 2026)"})
    void historySaysHowEachReturnStands(ReturnRepository.Status status, boolean changed, String expected) {
        ReturnService.HistoryRow row = new ReturnService.HistoryRow(new ReturnRepository.StoredReturn(1,
                QUARTERS.get(0).period(), null, "westshire", status, "{}", "hash", "2026-11-01T10:00:00Z", "me"), changed);
        assertEquals(expected, ReturnsViewModel.statusText(row));
    }
}
