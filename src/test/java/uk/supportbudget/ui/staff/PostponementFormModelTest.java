package uk.supportbudget.ui.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.staff.PensionNotice;

/**
 * Postponing a PA's pension assessment: one to three whole months from the day they start (AutoEnrolment.postponementEnds),
 * with the postponement notice due within six weeks of the start, all said before anything is saved.
 */
class PostponementFormModelTest {

    @ParameterizedTest(name = "started {0}, {1} month(s), today {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            // started | months | today | ends | words the explanation holds
            "2026-05-11 | 1 | 2026-05-20 | 2026-06-11 | postponed until 11 June 2026",
            "2026-05-11 | 3 | 2026-05-20 | 2026-08-11 | notice by 22 June 2026, within six weeks of starting on 11 May 2026",
            // one month from 31 January is the last day of February
            "2026-01-31 | 1 | 2026-02-01 | 2026-02-28 | postponed until 28 February 2026",
            // the notice date has passed: say so
            "2026-05-11 | 2 | 2026-07-01 | 2026-07-11 | That date has passed",
            "2026-05-11 |   | 2026-05-20 |            | Please choose one, two or three months",
            "2026-05-11 | 4 | 2026-05-20 |            | one, two or three months, not 4",
            // counted from the start, a postponement that has already ended is refused with a sentence
            "2026-01-10 | 1 | 2026-05-20 |            | would have ended on 10 February 2026",
    })
    void theEndAndTheNoticeDateAreSaidAsTheMonthsAreChosen(LocalDate started, Integer months, LocalDate today, LocalDate ends, String words) {
        PostponementFormModel form = new PostponementFormModel("Sam Lee", started, today);
        form.months.set(months);
        assertEquals(Optional.ofNullable(ends), form.ends());
        assertEquals(ends == null, form.monthsProblem().isPresent());
        assertTrue(form.explanation().contains(words), form.explanation());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-06-11, postponed until 11 June 2026", ", No postponement"})
    void whatIsRecordedIsSaidPlainly(LocalDate until, String words) {
        String text = PostponementFormModel.recorded(new PensionNotice(1, null, null, until));
        assertTrue(text.contains(words), text);
    }
}
