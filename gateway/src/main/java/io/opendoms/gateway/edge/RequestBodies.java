package io.opendoms.gateway.edge;

import io.opendoms.platform.web.CachedBodyRequest;
import io.opendoms.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies above {@code opendoms.gateway.max-body-size} are refused with a 413 problem before anything is
 * proxied: at once when {@code Content-Length} says so; a chunked body is read into memory as it streams, up to the
 * limit, and refused as soon as it goes past it. Every body read on is counted, so that a retry can tell whether
 * any of it has already been sent to a service ({@link #anyByteRead}).
 */
public final class RequestBodies extends OncePerRequestFilter {

    private static final String BYTES_READ = RequestBodies.class.getName() + ".bytesRead";

    private final long maxBytes;

    public RequestBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether any byte of the request's body has been read (and so may have been sent on). */
    public static boolean anyByteRead(HttpServletRequest request) {
        // unknown (a request this filter did not see): assume the worst
        return !(request.getAttribute(BYTES_READ) instanceof AtomicLong read) || read.get() > 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(response);
            return;
        }
        HttpServletRequest passed = request;
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = readAtMost(request.getInputStream(), maxBytes);
            if (body == null) {
                tooLarge(response);
                return;
            }
            passed = new BufferedBody(request, body);
        }
        AtomicLong read = new AtomicLong();
        passed.setAttribute(BYTES_READ, read);
        chain.doFilter(new CountedBody(passed, read), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes."));
    }

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            if (body.size() + (long) n > max) {
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /** A chunked body already read; form fields of it stay readable as parameters (the token endpoint reads them). */
    private static final class BufferedBody extends CachedBodyRequest {

        private Map<String, String[]> parameters;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request, body);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public synchronized Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                addFields(fields, getQueryString());
                if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType())) {
                    addFields(fields, new String(body, StandardCharsets.UTF_8));
                }
                Map<String, String[]> map = new LinkedHashMap<>();
                fields.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(map);
            }
            return parameters;
        }

        private MediaType contentType() {
            try {
                return getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(getContentType());
            } catch (IllegalArgumentException e) {
                return MediaType.APPLICATION_OCTET_STREAM;
            }
        }

        private static void addFields(Map<String, List<String>> fields, String encoded) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    fields.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
                } catch (IllegalArgumentException e) {
                    // a malformed escape: the field is dropped, as the servlet container would
                }
            }
        }
    }

    /** Counts what is read of the body. */
    private static final class CountedBody extends HttpServletRequestWrapper {

        private final AtomicLong read;
        private ServletInputStream stream;

        CountedBody(HttpServletRequest request, AtomicLong read) {
            super(request);
            this.read = read;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            read.incrementAndGet();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            read.addAndGet(n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
