package uk.supportbudget.ui.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.staff.PensionNotice;

/** The opt-out notice fields say what is wrong in a sentence before anything is saved. */
class OptOutFormModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

    @ParameterizedTest(name = "received {0}, information {1}: {2}")
    @CsvSource({
            ", , Please enter the date",
            "2026-06-21, , in the future",
            "2026-06-10, 2026-06-12, check both dates",
            "2026-06-10, 2026-06-01, ",
            "2026-06-20, , ",
    })
    void problemsAreSentences(LocalDate received, LocalDate information, String words) {
        OptOutFormModel form = new OptOutFormModel(TODAY);
        form.received.set(received);
        form.informationGiven.set(information);
        Optional<String> problem = form.problem();
        if (words == null) {
            assertEquals(Optional.empty(), problem);
        } else {
            assertTrue(problem.orElseThrow().contains(words), problem.orElseThrow());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-06-10, 10 June 2026", ", No opt-out notice"})
    void whatIsRecordedIsSaidPlainly(LocalDate received, String words) {
        String text = OptOutFormModel.recorded(new PensionNotice(1, null, received, null));
        assertTrue(text.contains(words), text);
    }
}
