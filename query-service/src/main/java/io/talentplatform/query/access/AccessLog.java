package io.talentplatform.query.access;

import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Records who read which person's data, when and by which request (V4_1). Written in the read's own request, one
 * statement for all the people an answer is about, before the answer leaves: a read that could not be recorded is
 * not answered (503), so the log never misses one.
 */
@Component
public class AccessLog {

    private final JdbcClient jdbc;

    public AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code reader} is being answered about each of {@code subjects} by the current request. */
    public void record(Caller reader, Collection<String> subjects) {
        List<String> people = List.copyOf(new LinkedHashSet<>(subjects));
        if (people.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO access_log (reader, reader_roles, subject, request)
                        SELECT ?, ?, subject, ? FROM unnest(?::text[]) AS subject""")
                .params(reader.employeeId(),
                        reader.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        request(), people.toArray(String[]::new))
                .update();
    }

    public void record(Caller reader, String subject) {
        record(reader, List.of(subject));
    }

    private static String request() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "";
        }
        HttpServletRequest request = attributes.getRequest();
        String query = request.getQueryString();
        return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
