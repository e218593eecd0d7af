package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One invented statement per bank layout: each is recognised by its headings, every row is read,
 * the first row has the right line, date, signed amount and text, and the file's own running
 * balance (where it has one) adds up.
 */
class BankLayoutFixturesTest {

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            barclays.csv        | Barclays                                   | CSV            | 4 | 2 | 2025-01-31 | -4500   | BRIGHT CARE AGENCY REF 00123 DDR | NOT_CHECKED
            lloyds.csv          | Lloyds / Halifax / Bank of Scotland / TSB  | CSV            | 4 | 2 | 2025-01-31 | -4500   | BRIGHT CARE AGENCY               | CONSISTENT
            halifax.csv         | Lloyds / Halifax / Bank of Scotland / TSB  | CSV            | 2 | 2 | 2025-02-03 | -9640   | HMRC PAYE REF 123PA00012345      | CONSISTENT
            tsb.csv             | Lloyds / Halifax / Bank of Scotland / TSB  | CSV            | 3 | 2 | 2025-02-01 | 80000   | NORTHSHIRE COUNCIL DP            | CONSISTENT
            natwest.csv         | NatWest / RBS / Ulster Bank                | CSV            | 3 | 4 | 2025-01-31 | -4500   | BRIGHT CARE AGENCY               | CONSISTENT
            hsbc.csv            | No headings (HSBC style)                   | CSV            | 3 | 1 | 2025-01-31 | -4500   | BRIGHT CARE AGENCY DD            | NOT_CHECKED
            firstdirect.csv     | first direct / HSBC (with headings)        | CSV            | 3 | 2 | 2025-01-31 | -4500   | BRIGHT CARE AGENCY               | CONSISTENT
            nationwide.csv      | Nationwide                                 | CSV            | 3 | 6 | 2025-01-24 | 125000  | NORTHSHIRE COUNCIL DP            | CONSISTENT
            santander.txt       | Santander (text download)                  | SANTANDER_TEXT | 3 | 5 | 2025-01-31 | -4500   | DIRECT DEBIT PAYMENT TO BRIGHT CARE AGENCY REF 00123 | CONSISTENT
            coop.csv            | Co-operative Bank / smile                  | CSV            | 3 | 2 | 2025-01-31 | -4500   | BRIGHT CARE AGENCY               | CONSISTENT
            monzo.csv           | Monzo                                      | CSV            | 3 | 2 | 2025-01-24 | 125000  | NORTHSHIRE COUNCIL DP            | NOT_CHECKED
            starling.csv        | Starling                                   | CSV            | 3 | 2 | 2025-01-24 | 125000  | DP JAN 2025                      | CONSISTENT
            prepaid.csv         | Prepaid card (assumed layout)              | CSV            | 3 | 2 | 2025-01-24 | 125000  | Load from Northshire Council     | CONSISTENT
            amex.csv            | American Express (UK)                      | CSV            | 2 | 2 | 2025-01-28 | -1260   | STAGECOACH BUS                   | NOT_CHECKED
            dmy.qif             | QIF                                        | QIF            | 3 | 2 | 2025-02-03 | -4500   | Weekend cover                    | NOT_CHECKED
            mdy.qif             | QIF                                        | QIF            | 3 | 2 | 2024-12-31 | -4500   | ''                               | NOT_CHECKED
            statement-v1.ofx    | OFX 1 (SGML)                               | OFX1           | 3 | 39| 2025-01-24 | 125000  | DP PAYMENT JAN                   | NOT_CHECKED
            statement-v2.ofx    | OFX 2 (XML)                                | OFX2           | 2 | 14| 2025-01-28 | -1260   | Contactless                      | NOT_CHECKED
            """)
    void eachLayoutIsRecognisedAndRead(String file, String layout, DetectedFormat format, int rows, int firstLine,
            LocalDate firstDate, long firstPence, String firstDescription, RunningBalanceCheck.Status balance) {
        ParsedStatement statement = Fixtures.read(file);
        assertEquals(layout, statement.layout());
        assertEquals(format, statement.format());
        assertEquals(rows, statement.rows().size(), () -> "rows; rejected " + statement.rejected());
        assertTrue(statement.rejected().isEmpty(), () -> statement.rejected().toString());
        StatementRow first = statement.rows().get(0);
        assertEquals(firstLine, first.line());
        assertEquals(firstDate, first.date());
        assertEquals(firstPence, first.amount().pence());
        assertEquals(firstDescription, first.description());
        assertEquals(balance, statement.balanceCheck().status());
    }

    @ParameterizedTest(name = "{0}: money out is negative and money in positive")
    @CsvSource({"lloyds.csv", "nationwide.csv", "coop.csv", "prepaid.csv", "natwest.csv", "starling.csv", "monzo.csv"})
    void everyLayoutSignsMoneyOutNegative(String file) {
        ParsedStatement statement = Fixtures.read(file);
        long in = statement.rows().stream().filter(r -> r.amount().isPositive()).count();
        long councilIn = statement.rows().stream()
                .filter(r -> r.text().toUpperCase().contains("NORTHSHIRE") && r.amount().isPositive()).count();
        assertEquals(1, councilIn, "the council payment is money in");
        assertEquals(1, in, "only the council payment is money in");
    }
}
