package io.opendoms.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class UpstreamBrokenAdviceTest {

    /** The load benchmark's 500s: "IOException: closed" while the gateway copied a timed-out answer. */
    @Test
    void anAnswerThatBreaksOffWhilePassedOnIsA504ProblemToRetry() {
        ResponseEntity<ProblemDetail> response = new UpstreamBrokenAdvice().onBrokenUpstream(new IOException("closed"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getBody().getStatus()).isEqualTo(504);
    }
}
