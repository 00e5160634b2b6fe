package io.talentplatform.standalone.dev;

import io.talentplatform.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.InetAddress;

/**
 * Keeps the dev endpoints (anyone there may mint an HR or auditor token, or move the clock) to the machine the
 * standalone build runs on: a caller whose address is not loopback gets 403, and when the platform is exposed
 * beyond loopback the endpoints are off (404) unless the operator turned them on as well.
 */
final class LocalCallersOnly extends OncePerRequestFilter {

    private final boolean off;
    private final ProblemWriter problems;

    LocalCallersOnly(boolean off, ProblemWriter problems) {
        this.off = off;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (off) {
            problems.write(response, 404, "not-found", "Not found",
                    "The dev endpoints are off while the platform is exposed beyond this machine.");
            return;
        }
        if (!isLoopback(request.getRemoteAddr())) {
            problems.write(response, 403, "local-callers-only", "Forbidden",
                    "The dev endpoints answer requests from this machine only.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isLoopback(String address) {
        try {
            // An IP literal is parsed, never looked up.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
