package io.opendoms.routing.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Business days are Monday to Friday; dates of shipping, delivery and deadlines per the routing spec. */
public final class BusinessCalendar {

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    public static LocalDate nextBusinessDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    public static LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate result = date;
        for (int i = 0; i < days; i++) {
            result = nextBusinessDay(result);
        }
        return result;
    }

    /** Business days from {@code deadline} to {@code date} when {@code date} is after it, else 0. */
    public static int businessDaysLate(LocalDate deadline, LocalDate date) {
        int late = 0;
        for (LocalDate d = deadline; d.isBefore(date); d = d.plusDays(1)) {
            if (isBusinessDay(d.plusDays(1))) {
                late++;
            }
        }
        return late;
    }

    /**
     * Today in the location's time zone when that is a business day before the cut-off, else the next business
     * day.
     */
    public static LocalDate shipDate(Location location, Instant at) {
        ZonedDateTime local = at.atZone(location.timeZone());
        LocalDate today = local.toLocalDate();
        boolean beforeCutoff = location.cutoffTime() == null || local.toLocalTime().isBefore(location.cutoffTime());
        return isBusinessDay(today) && beforeCutoff ? today : nextBusinessDay(today);
    }

    /** The order date in {@code zone} (a weekend date counts from the next business day) plus {@code days}. */
    public static LocalDate deadline(Instant orderedAt, ZoneId zone, int days) {
        LocalDate orderDate = orderedAt.atZone(zone).toLocalDate();
        LocalDate start = isBusinessDay(orderDate) ? orderDate : nextBusinessDay(orderDate);
        return plusBusinessDays(start, days);
    }

    private BusinessCalendar() {
    }
}
