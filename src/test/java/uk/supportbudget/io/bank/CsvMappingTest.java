package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.Refusal;

/** Unknown layouts: guessing from headings, and the column-mapping dialog's round trip. */
class CsvMappingTest {

    private static ParsedStatement read(String csv, ReadOptions options) {
        return StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv", options);
    }

    @Test
    void unknownHeadingsAreGuessedFromTheirWords() {
        ParsedStatement statement = read("""
                Posting Date,Narrative,Debit,Credit,Running Balance
                01/02/2025,NORTHSHIRE COUNCIL,,1000.00,1000.00
                02/02/2025,BRIGHT CARE AGENCY,45.00,,955.00
                """, ReadOptions.defaults());
        assertEquals("Columns recognised from the headings", statement.layout());
        assertEquals(-4500, statement.rows().get(1).amount().pence());
        assertEquals("BRIGHT CARE AGENCY", statement.rows().get(1).description());
        assertEquals(RunningBalanceCheck.CONSISTENT, statement.balanceCheck());
    }

    @Test
    void unrecognisableColumnsAskThePersonAndCarryTheHeadingsForTheDialog() {
        ColumnMappingNeeded needed = assertThrows(ColumnMappingNeeded.class,
                () -> StatementReader.read(Fixtures.bytes("unknown-layout.csv"), "unknown-layout.csv",
                        ReadOptions.defaults().withFormat(StatementFormat.CSV)));
        assertEquals(1, needed.headerLine());
        assertEquals(List.of("When", "What", "How much", "Left"), needed.header());
        assertEquals(2, needed.sampleRows().size());
        assertTrue(needed instanceof Refusal);
    }

    @Test
    void explicitMappingReadsWhatThePersonChose() {
        String csv = """
                Ref;Booked;Amount;Text
                A1;2025.02.01;-3,00;Bus
                A2;2025.02.02;10.00;Refund
                """;
        CsvMapping mapping = new CsvMapping(1, 1, 2, CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, 3,
                CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, 0, "yyyy.MM.dd", false);
        ParsedStatement statement = read(csv, ReadOptions.defaults().withMapping(mapping));
        assertEquals("Columns you chose", statement.layout());
        assertEquals(1, statement.rows().size());
        assertEquals(LocalDate.of(2025, 2, 2), statement.rows().get(0).date());
        assertEquals("A2", statement.rows().get(0).bankId());
        assertEquals("Line 2: \"-3,00\" is not an amount.", statement.rejected().get(0).reason());
    }

    @Test
    void cardExportsThatShowSpendingAsPositiveCanBeInverted() {
        String csv = "Date,Description,Amount\n01/02/2025,BUS,3.00\n02/02/2025,PAYMENT,-50.00\n";
        CsvMapping mapping = new CsvMapping(1, 0, 2, CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, 1,
                CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, CsvMapping.NONE, null, true);
        ParsedStatement statement = read(csv, ReadOptions.defaults().withMapping(mapping));
        assertEquals(-300, statement.rows().get(0).amount().pence());
        assertEquals(5000, statement.rows().get(1).amount().pence());
    }

    @Test
    void americanExpressSpendingIsMoneyOut() {
        ParsedStatement statement = Fixtures.read("amex.csv");
        assertEquals(-1260, statement.rows().get(0).amount().pence());
        assertEquals(10000, statement.rows().get(1).amount().pence());
    }

    @Test
    void mappingWithoutADateOrAmountIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new CsvMapping(1, -1, 2, -1, -1, -1, -1, -1, -1, -1, -1, null, false));
        assertThrows(IllegalArgumentException.class, () -> new CsvMapping(1, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, null, false));
    }
}
