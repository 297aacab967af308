package io.opendoms.routing.engine;

import static io.opendoms.routing.engine.NetworkFixture.CHICAGO;
import static io.opendoms.routing.engine.NetworkFixture.edisonDc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void shipsTodayBeforeTheCutoffInTheLocationsTimeZone() {
        // Edison closes at 15:00 New York time (UTC-5 in November)
        assertThat(BusinessCalendar.shipDate(edisonDc(), Instant.parse("2026-11-23T19:59:00Z")))
                .isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(BusinessCalendar.shipDate(edisonDc(), Instant.parse("2026-11-23T20:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void shipsOnMondayAfterAFridayCutoffOrAWeekend() {
        assertThat(BusinessCalendar.shipDate(edisonDc(), Instant.parse("2026-11-27T21:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(BusinessCalendar.shipDate(edisonDc(), Instant.parse("2026-11-28T14:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void usesTheLocalDateNotTheUtcDate() {
        // Tuesday 01:00 UTC is still Monday 20:00 in New York, after the cut-off
        assertThat(BusinessCalendar.shipDate(edisonDc(), Instant.parse("2026-11-24T01:00:00Z")))
                .isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void deadlineCountsBusinessDaysFromTheOrderDate() {
        Instant mondayMorning = Instant.parse("2026-11-23T15:00:00Z");
        assertThat(BusinessCalendar.deadline(mondayMorning, CHICAGO, 5)).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(BusinessCalendar.deadline(mondayMorning, CHICAGO, 2)).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(BusinessCalendar.deadline(mondayMorning, CHICAGO, 0)).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void aWeekendOrderCountsFromTheNextBusinessDay() {
        Instant saturday = Instant.parse("2026-11-28T15:00:00Z");
        assertThat(BusinessCalendar.deadline(saturday, CHICAGO, 5)).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(BusinessCalendar.deadline(saturday, CHICAGO, 0)).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void countsBusinessDaysLate() {
        LocalDate friday = LocalDate.parse("2026-11-27");
        assertThat(BusinessCalendar.businessDaysLate(friday, friday)).isZero();
        assertThat(BusinessCalendar.businessDaysLate(friday, LocalDate.parse("2026-11-26"))).isZero();
        assertThat(BusinessCalendar.businessDaysLate(friday, LocalDate.parse("2026-11-30"))).isEqualTo(1);
        assertThat(BusinessCalendar.businessDaysLate(friday, LocalDate.parse("2026-12-01"))).isEqualTo(2);
    }
}
