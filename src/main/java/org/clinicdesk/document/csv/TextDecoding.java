package org.clinicdesk.document.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/**
 * Decides how a spreadsheet file is encoded, and refuses rather than guesses. A byte-order mark says UTF-8 or UTF-16
 * (Excel's "Unicode text"); a file without one is UTF-8 when it is valid UTF-8, Windows-1252 when it has no valid
 * UTF-8 sequence beyond a chance few, and refused when it mixes the two (one program saved UTF-8, another added
 * Windows-1252 bytes): decoding such a file either way turns some names into mojibake that looks like letters.
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A Windows-1252 file may hold a valid UTF-8 pair by chance ("Ã©"); more than one in ten is not chance. */
    private static final int CHANCE_PAIRS_PER_TEN = 1;
    private static final int NUL_SAMPLE = 4096;

    /** The text, and what the file turned out to be ("UTF-8", "UTF-16 LE with BOM", "Windows-1252"...). */
    record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, String fileName) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new ClinicDeskException(UserMessage.of("import.error.utf32", fileName));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, fileName), "UTF-16 LE with BOM");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, fileName), "UTF-16 BE with BOM");
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int start = bom ? 3 : 0;
        refuseUtf16WithoutBom(bytes, start, fileName);
        Utf8Scan scan = Utf8Scan.of(bytes, start);
        if (scan.invalid == 0) {
            return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8),
                    bom ? "UTF-8 with BOM" : "UTF-8");
        }
        if (!bom && scan.validMultiByte * 10 <= scan.invalid * CHANCE_PAIRS_PER_TEN) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
        throw new ClinicDeskException(UserMessage.of("import.error.mixedEncoding", fileName,
                String.valueOf(scan.firstBadLine), String.valueOf(scan.firstBadByteInLine),
                String.valueOf(scan.firstBadOffset + 1), UserMessage.of("import.error.saveAsUtf8")));
    }

    private static String strict(byte[] bytes, int start, Charset charset, String fileName) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ClinicDeskException(UserMessage.of("import.error.badUtf16", fileName,
                    UserMessage.of("import.error.saveAsUtf8")));
        }
    }

    /** UTF-16 without its mark is every other byte zero; read as UTF-8 it would be rows of invisible NULs. */
    private static void refuseUtf16WithoutBom(byte[] bytes, int start, String fileName) {
        int end = Math.min(bytes.length, start + NUL_SAMPLE);
        int nul = 0;
        for (int i = start; i < end; i++) {
            nul += bytes[i] == 0 ? 1 : 0;
        }
        if (end - start >= 8 && nul * 4 >= end - start) {
            throw new ClinicDeskException(UserMessage.of("import.error.badUtf16", fileName,
                    UserMessage.of("import.error.saveAsUtf8")));
        }
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

    /** Counts valid multi-byte UTF-8 sequences and invalid ones, and where the first invalid one is. */
    private static final class Utf8Scan {
        int validMultiByte;
        int invalid;
        int firstBadOffset = -1;
        int firstBadLine;
        int firstBadByteInLine;

        static Utf8Scan of(byte[] bytes, int start) {
            Utf8Scan scan = new Utf8Scan();
            int line = 1;
            int lineStart = start;
            int i = start;
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    if (b == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                    i++;
                    continue;
                }
                int length = sequenceLength(bytes, i);
                if (length > 0) {
                    scan.validMultiByte++;
                    i += length;
                } else {
                    if (scan.invalid++ == 0) {
                        scan.firstBadOffset = i;
                        scan.firstBadLine = line;
                        scan.firstBadByteInLine = i - lineStart + 1;
                    }
                    i++;
                }
            }
            return scan;
        }

        /** The length of the well-formed sequence at {@code i} (RFC 3629: no overlongs, no surrogates), or 0. */
        private static int sequenceLength(byte[] bytes, int i) {
            int b = bytes[i] & 0xFF;
            int length;
            int min;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = b == 0xE0 ? 0xA0 : 0x80;
                max = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = b == 0xF0 ? 0x90 : 0x80;
                max = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return 0;
            }
            if (i + length > bytes.length) {
                return 0;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return 0;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return 0;
                }
            }
            return length;
        }
    }
}
