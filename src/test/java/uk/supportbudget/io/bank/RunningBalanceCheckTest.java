package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RunningBalanceCheckTest {

    private static RunningBalanceCheck check(String csv) {
        return StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv", ReadOptions.defaults()).balanceCheck();
    }

    @Test
    void oldestFirstFileThatAddsUpIsConsistent() {
        assertEquals(RunningBalanceCheck.CONSISTENT, check("""
                Date,Description,Amount,Balance
                01/02/2025,A,100.00,100.00
                02/02/2025,B,-30.00,70.00
                03/02/2025,C,-20.00,50.00
                """));
    }

    @Test
    void newestFirstFileThatAddsUpIsConsistent() {
        assertEquals(RunningBalanceCheck.CONSISTENT, check("""
                Date,Description,Amount,Balance
                03/02/2025,C,-20.00,50.00
                02/02/2025,B,-30.00,70.00
                01/02/2025,A,100.00,100.00
                """));
    }

    @Test
    void missingRowIsReportedAtTheFirstLineWhereTheBalanceBreaks() {
        RunningBalanceCheck check = check("""
                Date,Description,Amount,Balance
                01/02/2025,A,100.00,100.00
                02/02/2025,B,-30.00,70.00
                04/02/2025,D,-5.00,45.00
                05/02/2025,E,-5.00,40.00
                """);
        assertEquals(RunningBalanceCheck.Status.BROKEN, check.status());
        assertEquals(4, check.firstBreakLine());
        assertEquals(6500, check.expected().pence());
        assertEquals(4500, check.found().pence());
        assertTrue(check.sentence().startsWith("Line 4: "), check.sentence());
    }

    @Test
    void newestFirstBreakIsReportedInTimeOrder() {
        RunningBalanceCheck check = check("""
                Date,Description,Amount,Balance
                05/02/2025,E,-5.00,40.00
                04/02/2025,D,-5.00,45.00
                02/02/2025,B,-30.00,70.00
                01/02/2025,A,100.00,100.00
                """);
        assertEquals(RunningBalanceCheck.Status.BROKEN, check.status());
        assertEquals(3, check.firstBreakLine(), "the row dated 04/02 does not follow from 02/02");
    }

    @Test
    void sameDayFileIsCheckedInWhicheverOrderAddsUp() {
        assertEquals(RunningBalanceCheck.CONSISTENT, check("""
                Date,Description,Amount,Balance
                03/02/2025,C,-20.00,50.00
                03/02/2025,B,-30.00,70.00
                03/02/2025,A,100.00,100.00
                """));
    }

    @Test
    void fileWithoutBalancesIsNotChecked() {
        assertEquals(RunningBalanceCheck.Status.NOT_CHECKED, check("""
                Date,Description,Amount
                01/02/2025,A,100.00
                02/02/2025,B,-30.00
                """).status());
    }
}
