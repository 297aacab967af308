package io.opendoms.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ClientIdentityTest {

    @Test
    void opsSeeEveryChannelAndAChannelClientOnlyItsOwn() {
        assertThat(new ClientIdentity("ops", null, Set.of("ops", "orders:read")).visibleChannel()).isNull();
        assertThat(new ClientIdentity("storefront", "storefront", Set.of("orders:read")).visibleChannel())
                .isEqualTo("storefront");
    }

    @Test
    void aClientThatIsNeitherOpsNorAChannelsSeesNothing() {
        assertThatThrownBy(() -> new ClientIdentity("wms", null, Set.of("inventory:write")).visibleChannel())
                .isInstanceOf(AccessDeniedException.class);
    }
}
