package io.talentplatform.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a query string that is not valid percent-encoded UTF-8 ({@code ?cursor=%%%}) with 400 before anything
 * reads a parameter: the servlet container would otherwise fail on the first parameter read, wherever that is, and
 * the caller saw a 500.
 */
public class QueryStringCheck extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public QueryStringCheck(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !validlyEncoded(query)) {
            problems.write(response, 400, "invalid-query-string", "Invalid query string",
                    "The query string is not valid percent-encoded UTF-8.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Every {@code %} starts two hex digits, and the decoded bytes are UTF-8. */
    static boolean validlyEncoded(String query) {
        ByteBuffer bytes = ByteBuffer.allocate(query.length() * 3);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
