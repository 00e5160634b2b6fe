package io.talentplatform.platform.web;

import io.talentplatform.platform.problem.Problems;
import io.talentplatform.platform.problem.Problems.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Keyset paging: a cursor is the last key of the page before, opaque to the client (base64url), so a page is one
 * index range scan however deep into the list it is.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String after(String lastKey) {
        return lastKey == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The key to continue after, or the empty string for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    /** The 400 for a cursor this API did not give out (or one whose key does not parse). */
    public static ErrorResponseException notOurs() {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.invalid("cursor is not one this API gave "
                + "out.", List.of(new FieldError("cursor", "is not one this API gave out"))), null);
    }
}
