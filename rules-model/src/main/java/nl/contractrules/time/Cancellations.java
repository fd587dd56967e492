package nl.contractrules.time;

import java.time.LocalDate;
import java.util.Objects;

/** Cancellation arithmetic for subscriptions that end at a month end (the notice period is the rule file's). */
public final class Cancellations {

    private Cancellations() {
    }

    /**
     * The month end at which a monthly subscription ends: the end of the month of {@code requestedEnd} (or of
     * {@code noticeDate} when none is requested), or the end of the month after it when the notice arrives
     * fewer than {@code noticeDays} days before that month end. With 14 days: notice on 17 March ends 31 March,
     * notice on 18 March ends 30 April.
     */
    public static LocalDate monthEndAfterNotice(LocalDate noticeDate, LocalDate requestedEnd, int noticeDays) {
        Objects.requireNonNull(noticeDate, "noticeDate");
        if (noticeDays < 0) {
            throw new IllegalArgumentException("notice days must not be negative: " + noticeDays);
        }
        LocalDate requested = ContractTime.endOfMonth(requestedEnd != null ? requestedEnd : noticeDate);
        return noticeDate.plusDays(noticeDays).isAfter(requested)
                ? ContractTime.endOfMonth(requested.plusMonths(1))
                : requested;
    }
}
