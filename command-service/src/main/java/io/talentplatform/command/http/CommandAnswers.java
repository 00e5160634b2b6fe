package io.talentplatform.command.http;

import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Map;

/** The two shapes of a successful command answer: 201 with Location, or 200; both carry the event position. */
public final class CommandAnswers {

    private CommandAnswers() {
    }

    public static ResponseEntity<Map<String, Object>> created(String location, long position, Map<String, Object> body) {
        return ResponseEntity.created(URI.create(location))
                .header(CommandDispatch.POSITION_HEADER, Long.toString(position))
                .body(body);
    }

    public static ResponseEntity<Map<String, Object>> ok(long position, Map<String, Object> body) {
        return ResponseEntity.ok()
                .header(CommandDispatch.POSITION_HEADER, Long.toString(position))
                .body(body);
    }
}
