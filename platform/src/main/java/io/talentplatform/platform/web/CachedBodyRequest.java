package io.talentplatform.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request whose (already size-checked) body was read once into memory and can be read again. A form's fields
 * (application/x-www-form-urlencoded) are parameters read from that copy: the container would read them from the
 * stream this filter has already drained, and find none.
 */
public final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private Map<String, String[]> parameters;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    public byte[] body() {
        return body;
    }

    /** The cached body of a request, looking through the wrappers later filters put around it. */
    public static byte[] bodyOf(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            if (current instanceof CachedBodyRequest cached) {
                return cached.body;
            }
            current = wrapper.getRequest();
        }
        return new byte[0];
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("bodies are read synchronously");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters().get(name);
    }

    /** A form's parameters: the query string's, then the body's. Any other request: the container's. */
    private Map<String, String[]> parameters() {
        if (parameters == null) {
            String type = getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                parameters = super.getParameterMap();
                return parameters;
            }
            Map<String, List<String>> merged = new LinkedHashMap<>();
            decode(getQueryString(), merged);
            decode(new String(body, StandardCharsets.UTF_8), merged);
            Map<String, String[]> all = new LinkedHashMap<>();
            merged.forEach((name, values) -> all.put(name, values.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(all);
        }
        return parameters;
    }

    private static void decode(String encoded, Map<String, List<String>> into) {
        if (encoded == null) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                into.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException badEncoding) {
                // A field that is not valid percent-encoding is no field at all.
            }
        }
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
