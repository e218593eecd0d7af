package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The byte-level habits of bank exports: encodings, marks, spreadsheet quirks. */
class EncodingAndQuirksTest {

    private static final String STATEMENT = "Date,Description,Amount,Balance\n"
            + "01/02/2025,Café £ payment,-£12.50,£987.50\n";

    private static ParsedStatement read(byte[] bytes) {
        return StatementReader.read(bytes, "statement.csv", ReadOptions.defaults());
    }

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    @Test
    void windows1252PoundSignIsReadAsPounds() {
        byte[] bytes = STATEMENT.getBytes(Charset.forName("windows-1252"));
        assertEquals((byte) 0xA3, bytes[STATEMENT.indexOf('£')], "one byte per £ in Windows-1252");
        ParsedStatement statement = read(bytes);
        assertEquals("windows-1252", statement.charset().name());
        assertEquals(-1250, statement.rows().get(0).amount().pence());
        assertEquals("Café £ payment", statement.rows().get(0).description());
        assertEquals(98750, statement.rows().get(0).balance().pence());
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        ParsedStatement plain = read(STATEMENT.getBytes(StandardCharsets.UTF_8));
        ParsedStatement marked = read(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, STATEMENT, StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, plain.charset());
        assertEquals(StandardCharsets.UTF_8, marked.charset());
        assertEquals(plain.layout(), marked.layout(), "the mark does not hide the headings");
        assertEquals(plain.rows(), marked.rows());
    }

    @Test
    void utf16WithByteOrderMarkBothWays() {
        ParsedStatement little = read(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, STATEMENT, StandardCharsets.UTF_16LE));
        ParsedStatement big = read(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, STATEMENT, StandardCharsets.UTF_16BE));
        assertEquals(-1250, little.rows().get(0).amount().pence());
        assertEquals(-1250, big.rows().get(0).amount().pence());
        assertEquals("Café £ payment", big.rows().get(0).description());
    }

    @Test
    void nonBreakingSpacesApostrophesTrailingCommasAndSpacesAfterCommas() {
        String text = "Date, Description, Amount, Reference,\r\n"
                + "\u00a001/02/2025 , '  BRIGHT\u00a0CARE   AGENCY , \u00a0-45.00\u00a0, '12345678,\r\n"
                + "\r\n"
                + "02/02/2025, \"NORTHSHIRE, COUNCIL\", 1000.00, '000999,\r\n";
        ParsedStatement statement = read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, statement.rows().size(), statement.rejected().toString());
        StatementRow first = statement.rows().get(0);
        assertEquals(-4500, first.amount().pence());
        assertEquals("BRIGHT CARE AGENCY", first.description());
        assertEquals("12345678", first.reference());
        assertEquals("NORTHSHIRE, COUNCIL", statement.rows().get(1).description());
        assertEquals(4, statement.rows().get(1).line());
    }

    @Test
    void headerlessHsbcWithoutBalanceReadsDateDescriptionAmount() {
        String text = "05/02/2025,\"ACTIVE LEISURE\",\"-25.00\"\n06/02/2025,\"NORTHSHIRE COUNCIL\",\"1,000.00\"\n";
        ParsedStatement statement = read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals("No headings (HSBC style)", statement.layout());
        assertEquals(1, statement.rows().get(0).line());
        assertEquals(100000, statement.rows().get(1).amount().pence());
    }

    @Test
    void nationwidePreambleIsNotCountedAsRows() {
        ParsedStatement statement = Fixtures.read("nationwide.csv");
        assertEquals(TextDecoder.WINDOWS_1252, statement.charset());
        assertEquals(3, statement.transactionLineCount());
        assertEquals(6, statement.rows().get(0).line(), "line 5 is the headings after four preamble lines");
        assertEquals(-1260, statement.rows().get(1).amount().pence());
        assertEquals(105740, statement.rows().get(1).balance().pence());
    }

    @Test
    void monzoKeepsItsTransactionIdAndPayee() {
        StatementRow bus = Fixtures.read("monzo.csv").rows().get(1);
        assertEquals("tx_00009AbCdEfGh2", bus.bankId());
        assertEquals("Stagecoach", bus.payee());
        assertEquals("Card payment", bus.reference());
    }
}
