package uk.supportbudget.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.service.SetupService;

/** The guided setup's steps, skipping, resuming and what each step refuses. */
class SetupWizardModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Test
    void skippingWalksEveryStepAndRecordsWhereToContinue() {
        SetupWizardModel model = new SetupWizardModel(TODAY);
        assertTrue(model.isFirst());
        assertEquals(SetupService.Step.COUNCIL, model.afterCurrent());
        model.advance();
        assertEquals(SetupWizardModel.Step.COUNCIL, model.step.get());
        assertEquals(SetupService.Step.PLAN, model.afterCurrent());
        model.advance();
        model.advance();
        assertEquals(SetupService.Step.STAFF, model.afterCurrent());
        model.advance();
        assertTrue(model.isLast());
        assertEquals(SetupService.Step.DONE, model.afterCurrent());
        model.advance();
        assertEquals(SetupWizardModel.Step.STAFF, model.step.get(), "the last step stays");
        assertEquals(5, model.position());
    }

    @ParameterizedTest(name = "resumed at {0} shows {1}")
    @CsvSource({"COUNCIL, COUNCIL", "PLAN, PLAN", "ACCOUNTS, ACCOUNTS", "STAFF, STAFF", "DONE, STAFF"})
    void resumingContinuesAtTheStepTheBookRecorded(SetupService.Step saved, SetupWizardModel.Step shown) {
        assertEquals(shown, SetupWizardModel.resumeAt(saved, TODAY).step.get());
    }

    @Test
    void backStopsAtTheFirstStepOfTheBook() {
        SetupWizardModel model = SetupWizardModel.resumeAt(SetupService.Step.PLAN, TODAY);
        model.back();
        assertEquals(SetupWizardModel.Step.COUNCIL, model.step.get());
        model.back();
        assertEquals(SetupWizardModel.Step.COUNCIL, model.step.get(), "the book exists: its own step cannot be undone");
    }

    @ParameterizedTest(name = "name ''{0}'', born {1}, role {2}, kept by ''{3}'', place {4}: {5}")
    @CsvSource({
            "'',        ,           PERSON, '',        true,  setup.who.nameMissing",
            "Jane Doe,  2030-01-01, PERSON, '',        true,  setup.who.bornFuture",
            "Jane Doe,  1950-01-01, CARER,  '',        true,  setup.who.keptByMissing",
            "Jane Doe,  ,           PERSON, '',        false, setup.who.placeMissing",
            "Jane Doe,  ,           BROKER, Sam Broker, true, ok",
            "Jane Doe,  1950-01-01, PERSON, '',        true,  ok"})
    void theFirstStepNeedsANameAPlaceAndForACarerTheirName(String name, LocalDate born, SetupService.Role role,
                                                           String keptBy, boolean place, String expected) {
        SetupWizardModel model = new SetupWizardModel(TODAY);
        model.name.set(name);
        model.dateOfBirth.set(born);
        model.role.set(role);
        model.keptBy.set(keptBy);
        model.place.set(place ? Path.of("/tmp/Jane Doe.sbook") : null);
        String problem = model.whoProblem().orElse("ok");
        assertEquals(expected.equals("ok") ? "ok" : uk.supportbudget.ui.common.I18n.tr(expected), problem);
    }

    @Test
    void theSuggestedFileNameComesFromTheNameWithoutCharactersFilesCannotHave() {
        SetupWizardModel model = new SetupWizardModel(TODAY);
        assertEquals("My budget.sbook", model.suggestedFileName());
        model.name.set("Jane: Doe/Smith");
        assertEquals("Jane DoeSmith.sbook", model.suggestedFileName());
    }

    @ParameterizedTest(name = "amount ''{0}'': {1}")
    @CsvSource({"'', false", "abc, false", "-5.00, false", "0.00, false", "1250.00, true", "'£1,250', true"})
    void fundingIsAddedOnlyWithAPositiveAmount(String amount, boolean added) {
        SetupWizardModel model = new SetupWizardModel(TODAY);
        model.amount.set(amount);
        assertEquals(added, model.addFunding().isEmpty());
        assertEquals(added ? 1 : 0, model.funding.size());
    }

    @Test
    void thePlanNeedsDatesInOrderAndSomeFunding() {
        SetupWizardModel model = new SetupWizardModel(TODAY);
        assertEquals(LocalDate.of(2026, 5, 1), model.planStart.get());
        assertEquals(LocalDate.of(2027, 4, 30), model.planEnd.get());
        assertTrue(model.planProblem().isPresent(), "no funding yet");
        model.amount.set("500.00");
        model.addFunding();
        assertFalse(model.planProblem().isPresent());
        model.planEnd.set(LocalDate.of(2026, 4, 1));
        assertEquals("The plan year must end after it starts.", model.planProblem().orElseThrow());
    }

    @Test
    void anAccountNeedsANameAValidBalanceAndADifferentNameFromOnesAdded() {
        SetupWizardModel model = new SetupWizardModel(TODAY);
        assertThrows(Refusal.class, model::accountTyped, "no name");
        model.accountName.set("Direct payment account");
        model.openingBalance.set("12.3.4");
        assertThrows(Refusal.class, model::accountTyped);
        model.openingBalance.set("-20.00");
        model.accountSaved(model.accountTyped().withId(1));
        assertEquals("", model.accountName.get());
        model.accountName.set("direct payment account");
        Refusal duplicate = assertThrows(Refusal.class, model::accountTyped);
        assertTrue(duplicate.getMessage().contains("already"), duplicate.getMessage());
    }

    @Test
    void aPaNeedsANameAndARateAtLeastTheMinimumWageAndStartsTheirTermsWhenTheyStart() {
        SetupWizardModel model = new SetupWizardModel(TODAY);
        assertFalse(model.paStarted());
        assertThrows(Refusal.class, model::paTyped, "no name");
        model.pa.fullName.set("Sam Green");
        assertTrue(model.paStarted());
        assertThrows(Refusal.class, model::paTyped, "no rate");
        model.pa.dayRate.set("13.00");
        model.pa.hoursPerWeek.set("lots");
        assertThrows(Refusal.class, model::paTyped, "hours not a number");
        model.pa.hoursPerWeek.set("20");
        model.pa.dateOfBirth.set(LocalDate.of(1990, 1, 1));
        model.pa.dayRate.set("9.00");
        assertThrows(Refusal.class, model::paTyped, "below the minimum wage for a 36-year-old");
        model.pa.dayRate.set("13.00");
        model.pa.startDate.set(LocalDate.of(2026, 6, 1));
        SetupWizardModel.NewPa typed = model.paTyped();
        assertEquals("Sam Green", typed.employee().fullName());
        assertEquals(LocalDate.of(2026, 6, 1), typed.contract().startsOn());
        assertEquals(new java.math.BigDecimal("20"), typed.contract().hoursPerWeek());
        model.paSaved("Sam Green, £13.00 an hour");
        assertEquals(1, model.staffAdded.size());
        assertFalse(model.paStarted(), "the form is cleared for the next PA");
    }
}
