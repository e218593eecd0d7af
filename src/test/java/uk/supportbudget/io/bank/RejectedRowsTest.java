package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A transaction line that cannot be read is reported with its line; the others still import. */
class RejectedRowsTest {

    @Test
    void badDateAndBadAmountAreRejectedWithTheirLinesAndTheRestKept() {
        ParsedStatement statement = Fixtures.read("bad-rows.csv");
        assertEquals(List.of(
                new RejectedRow(3, "Line 3: 31/02/2025 is not a date."),
                new RejectedRow(5, "Line 5: \"twelve pounds\" is not an amount.")), statement.rejected());
        assertEquals(List.of(2, 4, 6), statement.rows().stream().map(StatementRow::line).toList());
        assertEquals(5, statement.transactionLineCount(), "headings, the blank line and the Total line are not rows");
    }

    @Test
    void missingDateOrAmountIsRejectedButCarriedBalancesAreNotTransactions() {
        String text = """
                Date,Description,Paid out,Paid in,Balance
                01/02/2025,Balance brought forward,,,500.00
                02/02/2025,BRIGHT CARE AGENCY,45.00,,455.00
                ,NORTHSHIRE COUNCIL,,1000.00,1455.00
                04/02/2025,STAGECOACH BUS,,,1455.00
                Date,Description,Paid out,Paid in,Balance
                """;
        ParsedStatement statement = StatementReader.read(text.getBytes(StandardCharsets.UTF_8), "x.csv", ReadOptions.defaults());
        assertEquals(List.of(
                new RejectedRow(4, "Line 4: there is an amount but no date."),
                new RejectedRow(5, "Line 5: there is a date but no amount.")), statement.rejected());
        assertEquals(1, statement.rows().size());
        assertEquals(3, statement.transactionLineCount());
    }

    @Test
    void qifEntryWithBadDateIsRejectedWithTheLineItStartsOn() {
        String qif = "!Type:Bank\nD01/02/2025\nT-1.00\nPA\n^\nD30/02/2025\nT-2.00\nPB\n^\nD03/02/2025\nTabc\n^\n";
        ParsedStatement statement = StatementReader.read(qif.getBytes(StandardCharsets.UTF_8), "x.qif", ReadOptions.defaults());
        assertEquals(1, statement.rows().size());
        assertEquals(List.of(new RejectedRow(6, "Line 6: 30/02/2025 is not a date."),
                new RejectedRow(10, "Line 10: \"abc\" is not an amount.")), statement.rejected());
    }
}
