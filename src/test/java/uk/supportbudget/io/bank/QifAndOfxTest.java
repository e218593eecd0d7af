package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QifAndOfxTest {

    @Test
    void qifFieldsMapToPayeeMemoAndReference() {
        StatementRow agency = Fixtures.read("dmy.qif").rows().get(0);
        assertEquals("Bright Care Agency", agency.payee());
        assertEquals("Weekend cover", agency.description());
        assertEquals("1001", agency.reference());
        assertEquals(125000, Fixtures.read("dmy.qif").rows().get(1).amount().pence(), "T1,250.00");
    }

    @Test
    void qifSkipsAccountBlocksAndCategoryLists() {
        String qif = """
                !Account
                NCurrent account
                TBank
                ^
                !Type:Cat
                NCare
                D Care costs
                ^
                !Type:Bank
                D01/02/2025
                T-3.00
                PBus
                ^
                """;
        ParsedStatement statement = StatementReader.read(qif.getBytes(StandardCharsets.UTF_8), "x.qif", ReadOptions.defaults());
        assertEquals(1, statement.rows().size());
        assertEquals(10, statement.rows().get(0).line());
    }

    @Test
    void ofx1ReadsFitidNameMemoEntitiesAndLedgerBalance() {
        ParsedStatement statement = Fixtures.read("statement-v1.ofx");
        StatementRow agency = statement.rows().get(2);
        assertEquals("202501310001", agency.bankId());
        assertEquals("BRIGHT CARE & SUPPORT", agency.payee());
        assertEquals("REF 00123", agency.description());
        assertEquals("DIRECTDEBIT", agency.reference());
        assertEquals(LocalDate.of(2025, 1, 31), agency.date());
        assertEquals(101240, statement.closingBalance().pence());
        assertEquals(LocalDate.of(2025, 1, 31), statement.closingDate());
    }

    @Test
    void ofx2CreditCardStatementReadsLikeABankOne() {
        ParsedStatement statement = Fixtures.read("statement-v2.ofx");
        assertEquals(-1260, statement.rows().get(0).amount().pence());
        assertEquals("CC-0002", statement.rows().get(1).bankId());
        assertEquals(-31260, statement.closingBalance().pence());
        assertEquals(LocalDate.of(2025, 1, 31), statement.closingDate());
    }

    @Test
    void csvHasNoClosingBalanceOfItsOwn() {
        assertNull(Fixtures.read("lloyds.csv").closingBalance());
    }
}
