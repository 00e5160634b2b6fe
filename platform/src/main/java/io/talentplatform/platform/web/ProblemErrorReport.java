package io.talentplatform.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's own error page, as problem+json: what a caller gets when the server refuses a request before the platform
 * sees it (a path with invalid percent-encoding or control characters). The platform's own errors never come here;
 * {@code ProblemResponses} answers those.
 */
public class ProblemErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status == 400 ? "The request is not valid HTTP: check the path's percent-encoding."
                : "The server could not answer this request.";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:talent:problem:http-" + status + "\",\"title\":\"Request refused\","
                        + "\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response committed: nothing more can be said.
        }
    }
}
