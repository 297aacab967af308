package io.opendoms.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionUrlPolicyTest {

    private final SubscriptionUrlPolicy strict = new SubscriptionUrlPolicy(false);
    private final SubscriptionUrlPolicy local = new SubscriptionUrlPolicy(true);

    @ParameterizedTest
    @CsvSource({
        "http://93.184.215.14/hook, must use https",
        "https://localhost/hook, must not point at this machine or a private network",
        "https://127.0.0.1:8443/hook, must not point at this machine or a private network",
        "https://10.1.2.3/hook, must not point at this machine or a private network",
        "https://192.168.0.7/hook, must not point at this machine or a private network",
        "https://172.16.5.5/hook, must not point at this machine or a private network",
        "https://169.254.169.254/latest/meta-data, must not point at this machine or a private network",
        "https://[::1]/hook, must not point at this machine or a private network",
        "https://[fd00::1]/hook, must not point at this machine or a private network",
        "https://0.0.0.0/hook, must not point at this machine or a private network",
        "ftp://93.184.215.14/hook, must be an absolute https URL without user info or fragment",
        "https://user:pw@93.184.215.14/hook, must be an absolute https URL without user info or fragment",
        "/relative, must be an absolute https URL without user info or fragment",
        "not a url, must be an absolute https URL"
    })
    void refusesWhatCouldReachInsideOrTravelInClear(String url, String reason) {
        assertThat(strict.refusal(url)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"https://93.184.215.14/hook", "https://93.184.215.14:8443/a/b?c=d"})
    void acceptsPublicHttpsAddresses(String url) {
        assertThat(strict.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"http://localhost:9000/hook", "https://127.0.0.1/hook"})
    void theLocalDefaultAllowsThisMachine(String url) {
        assertThat(local.refusal(url)).isEmpty();
        assertThat(local.refusal("ftp://localhost/x")).isPresent();
    }
}
