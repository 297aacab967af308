package io.opendoms.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Building and writing RFC 9457 problems, also outside Spring MVC (filters, security handlers). */
public final class Problems {

    public static final String ERRORS = "errors";
    /** RFC 9457's default type; Spring 7 leaves {@code type} out unless it is set, the API contract wants it. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return complete(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** Fills in {@code type} and {@code title} when missing. */
    public static ProblemDetail complete(ProblemDetail problem) {
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        if (problem.getTitle() == null) {
            HttpStatus known = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        }
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String detail, List<FieldError> errors) {
        ProblemDetail problem = of(status, detail);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty(ERRORS, errors);
        }
        return problem;
    }

    /**
     * The detail of a 400 for invalid fields, the same wherever they were found (bean validation, a binding
     * failure, a controller's own checks): "Invalid value for 'x'." for one field, else how many fields.
     */
    public static String invalidFields(List<FieldError> errors) {
        long fields = errors.stream().map(FieldError::field).distinct().count();
        return fields == 1 ? "Invalid value for '" + errors.getFirst().field() + "'."
                : "The request has " + fields + " invalid fields.";
    }

    /** Writes {@code problem} as {@code application/problem+json} (for code outside the MVC dispatch). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(toMap(problem)));
        response.flushBuffer();
    }

    static String toJson(ProblemDetail problem) {
        return JSON.writeValueAsString(toMap(problem));
    }

    static Map<String, Object> toMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        URI type = problem.getType();
        body.put("type", type == null ? "about:blank" : type.toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private Problems() {
    }
}
