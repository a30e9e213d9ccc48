package io.crosssell.admin.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The CSV a merchandiser sent: an uploaded file (UTF-8, a byte-order mark allowed) or else the pasted text. */
final class CsvUpload {

    private CsvUpload() {
    }

    /** The uploaded file, or null when the form was not sent as multipart (pasted CSV from a plain form). */
    static MultipartFile fileOf(HttpServletRequest request) {
        // Spring 3.2 refuses a MultipartFile parameter on a plain form post, even an optional one.
        return request instanceof MultipartHttpServletRequest ? ((MultipartHttpServletRequest) request).getFile("file") : null;
    }

    /**
     * @return the CSV text, or null when nothing was sent
     * @throws IllegalArgumentException with a message for the merchandiser (too large, not UTF-8)
     */
    static String read(String pasted, MultipartFile file, int maxCharacters) throws IOException {
        String text = pasted;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > 4L * maxCharacters) {
                throw new IllegalArgumentException("The file is too large to import at once.");
            }
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.");
            }
            if (text.startsWith("\ufeff")) {
                text = text.substring(1);
            }
        }
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        if (text.length() > maxCharacters) {
            throw new IllegalArgumentException("The CSV is too large to import at once.");
        }
        return text;
    }
}
