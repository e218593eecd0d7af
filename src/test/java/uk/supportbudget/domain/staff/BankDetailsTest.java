package uk.supportbudget.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;

class BankDetailsTest {

    @ParameterizedTest
    @CsvSource({
            "12-34-56, 12345678,   12-34-56  12345678, \u2022\u2022-\u2022\u2022-56  \u2022\u2022\u2022\u20225678",
            "123456,   1234 5678,  12-34-56  12345678, \u2022\u2022-\u2022\u2022-56  \u2022\u2022\u2022\u20225678",
            "'12 34 56', 00012345, 12-34-56  00012345, \u2022\u2022-\u2022\u2022-56  \u2022\u2022\u2022\u20222345"})
    void bankDetailsAreMaskedByDefault(String sortCode, String account, String shown, String masked) {
        BankDetails bank = BankDetails.parse(sortCode, account);
        assertEquals(shown, bank.display());
        assertEquals(masked, bank.masked());
        assertEquals(masked, bank.toString());
    }

    @ParameterizedTest
    @CsvSource({"12-34-5, 12345678", "12-34-567, 12345678", "12-34-56, 1234567", "12-34-56, 123456789", "ab-cd-ef, 12345678",
            "12-34-56, 1234567a"})
    void wrongLengthsAreRefused(String sortCode, String account) {
        assertThrows(Refusal.class, () -> BankDetails.parse(sortCode, account));
    }

    @ParameterizedTest(name = "DBS issued {0}: renew by {1}, remind from {2}")
    @CsvSource({"2023-12-30, 2026-12-30, 2026-11-04", "2024-02-29, 2027-02-28, 2027-01-03"})
    void dbsIsRenewedBeforeItIsThreeYearsOld(LocalDate issued, LocalDate renewBy, LocalDate remindFrom) {
        DbsCheck dbs = new DbsCheck(issued, "001234567890");
        assertEquals(renewBy, dbs.renewBy());
        assertEquals(remindFrom, dbs.remindFrom());
        assertEquals(false, dbs.dueForRenewal(remindFrom.minusDays(1)));
        assertEquals(true, dbs.dueForRenewal(remindFrom));
    }

    @Test
    void aDbsNumberIsTwelveDigits() {
        assertThrows(Refusal.class, () -> new DbsCheck(LocalDate.of(2025, 1, 1), "12345"));
    }
}
