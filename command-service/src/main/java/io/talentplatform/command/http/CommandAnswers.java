package io.talentplatform.command.http;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * The two shapes of a successful command answer: 201 with Location, or 200; both carry the event position, and a record
 * of what the command made (each aggregate's {@code *Answers}).
 */
public final class CommandAnswers {

    private CommandAnswers() {
    }

    public static <T> ResponseEntity<T> created(String location, long position, T body) {
        return ResponseEntity.created(URI.create(location))
                .header(CommandDispatch.POSITION_HEADER, Long.toString(position))
                .body(body);
    }

    public static <T> ResponseEntity<T> ok(long position, T body) {
        return ResponseEntity.ok()
                .header(CommandDispatch.POSITION_HEADER, Long.toString(position))
                .body(body);
    }
}
