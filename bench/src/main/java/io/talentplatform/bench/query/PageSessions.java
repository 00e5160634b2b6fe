package io.talentplatform.bench.query;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a person in on the standalone build's sign-in page, as a browser does (the page, its CSRF token, the form),
 * and gives the session as the credential the load generator sends to the pages.
 */
final class PageSessions {

    /** The prefix of a credential that is a session cookie rather than a bearer token. */
    static final String COOKIE = "Cookie: ";
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    PageSessions(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String signIn(String employeeId, String... roles) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in")).GET()
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        String session = find(SESSION, page.headers().firstValue("Set-Cookie").orElse(""), "session");
        StringBuilder form = new StringBuilder("_csrf=" + encode(find(CSRF, page.body(), "CSRF token"))
                + "&employeeId=" + encode(employeeId));
        for (String role : roles) {
            form.append("&roles=").append(role);
        }
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in as " + employeeId + " answered " + signedIn.statusCode());
        }
        return COOKIE + "JSESSIONID=" + find(SESSION, signedIn.headers().firstValue("Set-Cookie")
                .orElse("JSESSIONID=" + session), "session");
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in the sign-in page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
