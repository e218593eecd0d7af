package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import uk.supportbudget.domain.Refusal;

class FormatDetectorTest {

    static Stream<Arguments> notStatements() throws IOException {
        return Stream.of(
                Arguments.of("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "picture"),
                Arguments.of("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, "picture"),
                Arguments.of("statement.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "PDF"),
                Arguments.of("empty.csv", new byte[0], "empty"),
                Arguments.of("blank.csv", "\r\n  \n".getBytes(StandardCharsets.US_ASCII), "empty"),
                Arguments.of("bom-only.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "empty"),
                Arguments.of("statement.xlsx", zip("xl/workbook.xml"), "Excel workbook"),
                Arguments.of("statement.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1}, "Excel workbook"),
                Arguments.of("archive.zip", zip("statement.csv"), "zip archive"),
                Arguments.of("page.html", "<!DOCTYPE html><html><body>Log in</body></html>".getBytes(StandardCharsets.UTF_8), "web page"),
                Arguments.of("letter.csv", Fixtures.bytes("not-a-statement.txt"), "does not look like a bank statement"));
    }

    private static byte[] zip(String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("x".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} is refused as {2}")
    @MethodSource("notStatements")
    void filesThatAreNotStatementsAreRefusedWithOneClearMessage(String name, byte[] bytes, String says) {
        Refusal refusal = assertThrows(Refusal.class, () -> StatementReader.read(bytes, name, ReadOptions.defaults()));
        assertTrue(refusal.getMessage().contains(says), refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith("."), "a sentence ends with a full stop");
    }

    @ParameterizedTest(name = "{0} is {1} whatever its name")
    @CsvSource({"statement-v1.ofx, OFX1", "statement-v2.ofx, OFX2", "dmy.qif, QIF", "lloyds.csv, CSV", "santander.txt, SANTANDER_TEXT"})
    void formatComesFromTheContentNotTheName(String fixture, DetectedFormat expected) {
        ParsedStatement statement = StatementReader.read(Fixtures.bytes(fixture), "download.dat", ReadOptions.defaults());
        assertEquals(expected, statement.format());
    }

    @Test
    void ofxWithoutItsHeaderIsStillOfx() {
        String text = "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250105"
                + "<TRNAMT>-3.00<FITID>A1<NAME>BUS</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        ParsedStatement statement = StatementReader.read(text.getBytes(StandardCharsets.US_ASCII), "x.ofx", ReadOptions.defaults());
        assertEquals(DetectedFormat.OFX1, statement.format());
        assertEquals(-300, statement.rows().get(0).amount().pence());
    }
}
