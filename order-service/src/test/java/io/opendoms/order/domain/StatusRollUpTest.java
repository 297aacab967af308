package io.opendoms.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRollUpTest {

    @ParameterizedTest(name = "open {0}, allocated {1}, backordered {2}, shipped {3}, delivered {4} -> {5}")
    @CsvSource({
            "5, 0, 0, 0, 0, OPEN",
            "5, 0, 5, 0, 0, BACKORDERED",
            "5, 0, 2, 0, 0, BACKORDERED",
            "5, 3, 2, 0, 0, PARTIALLY_ALLOCATED",
            "5, 3, 0, 0, 0, PARTIALLY_ALLOCATED",
            "5, 5, 0, 0, 0, ALLOCATED",
            "5, 5, 0, 2, 0, PARTIALLY_SHIPPED",
            "5, 3, 2, 3, 0, PARTIALLY_SHIPPED",
            "5, 5, 0, 5, 0, SHIPPED",
            "5, 5, 0, 5, 4, SHIPPED",
            "5, 5, 0, 5, 5, DELIVERED",
    })
    void rollsUpALineFromItsQuantities(int open, int allocated, int backordered, int shipped, int delivered,
                                       LineStatus expected) {
        assertThat(StatusRollUp.line(new StatusRollUp.Quantities(open, allocated, backordered, shipped, delivered)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} and {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "2,0,0,0,0 | 3,0,0,0,0 | RECEIVED",
            "2,0,2,0,0 | 3,0,0,0,0 | BACKORDERED",
            "2,0,2,0,0 | 3,0,3,0,0 | BACKORDERED",
            "2,2,0,0,0 | 3,0,3,0,0 | PARTIALLY_ALLOCATED",
            "2,2,0,0,0 | 3,0,0,0,0 | PARTIALLY_ALLOCATED",
            "2,2,0,0,0 | 3,3,0,0,0 | ALLOCATED",
            "2,2,0,2,0 | 3,3,0,0,0 | PARTIALLY_SHIPPED",
            "2,2,0,2,2 | 3,0,3,0,0 | PARTIALLY_SHIPPED",
            "2,2,0,2,2 | 3,3,0,3,0 | SHIPPED",
            "2,2,0,2,2 | 3,3,0,3,3 | DELIVERED",
    })
    void rollsUpAnOrderFromTheUnitsOfAllItsLines(String line1, String line2, OrderStatus expected) {
        assertThat(StatusRollUp.order(List.of(quantities(line1), quantities(line2)))).isEqualTo(expected);
    }

    private static StatusRollUp.Quantities quantities(String csv) {
        int[] q = java.util.Arrays.stream(csv.trim().split(",")).mapToInt(Integer::parseInt).toArray();
        return new StatusRollUp.Quantities(q[0], q[1], q[2], q[3], q[4]);
    }
}
