package io.talentplatform.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Refuses request bodies over the limit with 413 before anything reads them, and keeps the (small) body in memory
 * so that later steps, such as the idempotency check, can read it again. Chunked bodies are counted as they come.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    /** The paths that take files, such as a capability catalogue export, and may be larger. */
    public static final Set<String> FILE_PATHS = Set.of("/api/v1/capabilities/import");

    private final long limit;
    private final long fileLimit;
    private final ProblemWriter problems;

    public BodyLimitFilter(DataSize limit, ProblemWriter problems) {
        this(limit, limit, problems);
    }

    public BodyLimitFilter(DataSize limit, DataSize fileLimit, ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.fileLimit = fileLimit.toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = FILE_PATHS.contains(request.getRequestURI()) ? fileLimit : this.limit;
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        problems.write(response, 413, "payload-too-large", "Request body too large",
                "Request bodies are limited to " + limit + " bytes.");
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
