package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.supportbudget.io.bank.CsvTokenizer.CsvRecord;

class CsvTokenizerTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvRecord> records = CsvTokenizer.tokenize("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n4,5,6", ',');
        assertEquals(3, records.size());
        assertArrayEquals(new String[] {"a", "b, c", "say \"hi\""}, records.get(0).fields());
        assertArrayEquals(new String[] {"1", "two\nlines", "3"}, records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line(), "the record after a quoted line break starts a line later");
    }

    @Test
    void spaceBeforeAnOpeningQuoteIsStillAQuotedField() {
        List<CsvRecord> records = CsvTokenizer.tokenize("31/01/2025, \"TESCO, NEWTOWN\", -4.50,", ',');
        assertArrayEquals(new String[] {"31/01/2025", "TESCO, NEWTOWN", " -4.50", ""}, records.get(0).fields());
    }

    @Test
    void blankLinesAreRecordsWithTheirOwnLineNumbers() {
        List<CsvRecord> records = CsvTokenizer.tokenize("h1,h2\n\n\rx,y\n", ',');
        assertEquals(4, records.size());
        assertEquals(4, records.get(3).line());
        assertEquals(true, records.get(1).isBlank());
    }

    @Test
    void delimiterIsDetected() {
        assertEquals(';', CsvTokenizer.detectDelimiter("Datum;Betrag;Text\n01.01.2025;-1,00;x\n"));
        assertEquals('\t', CsvTokenizer.detectDelimiter("Date\tAmount\n01/01/2025\t-1.00\n"));
        assertEquals(',', CsvTokenizer.detectDelimiter("Date,Description,Amount\n01/01/2025,\"A; B\",-1.00\n"));
    }
}
