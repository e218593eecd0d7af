package uk.supportbudget.io.bank;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a statement's bytes into text. Banks write UTF-8 (with or without a byte order mark),
 * UTF-16 with a mark (Excel's "Unicode text"), or Windows-1252 (Nationwide's {@code £} is the single
 * byte 0xA3). Anything that is not valid UTF-8 is read as Windows-1252, which maps every byte.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record DecodedText(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset unmarkedUtf16 = unmarkedUtf16(bytes);
        if (unmarkedUtf16 != null) {
            return new DecodedText(new String(bytes, unmarkedUtf16), unmarkedUtf16);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            CharBuffer chars = WINDOWS_1252.decode(ByteBuffer.wrap(bytes));
            return new DecodedText(chars.toString(), WINDOWS_1252);
        }
    }

    /** UTF-16 text without a mark has a zero in every other byte of its ASCII characters. */
    private static Charset unmarkedUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 400) & ~1;
        if (sample < 8) {
            return null;
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) {
                zerosEven++;
            }
            if (bytes[i + 1] == 0) {
                zerosOdd++;
            }
        }
        int pairs = sample / 2;
        if (zerosOdd > pairs * 0.7 && zerosEven < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (zerosEven > pairs * 0.7 && zerosOdd < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
