package nl.contractrules.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evaluations a test holds up, with time it moves itself, so that no test waits for real time: rules that read
 * "now" from a {@link StallingClock} stall until the test releases them, and move the {@link FakeTicker} past the
 * time limit as they stall.
 */
final class Stalls {
    /**
     * Work of 1,000 minutes or more reads the clock ({@code time.now()}), which stalls it; shorter work is done at
     * once. Every case is decided (by one rule or the other).
     */
    static final String RULES = """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global nl.contractrules.time.BusinessTime time;
            rule "TEST.DONE.1 short work is done" @id("TEST.DONE.1") @seed("none") @section("none")
            when WorkItem(expectedMinutes < 1000) then end
            rule "TEST.STALL.1 long work reads the clock" @id("TEST.STALL.1") @seed("none") @section("none")
            when WorkItem(expectedMinutes >= 1000) then time.now(); end
            """;

    private Stalls() {
    }

    /** A ticker that moves only when told to. */
    static final class FakeTicker implements Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    /**
     * A clock whose every reading moves the ticker past the time limit and then waits until {@link #release()}: the
     * evaluation reading it runs past its limit, for as long as the test wants.
     */
    static final class StallingClock extends Clock {
        private final FakeTicker ticker;
        private final Duration pastTheLimit;
        private final CountDownLatch released = new CountDownLatch(1);
        private final CountDownLatch stalled;

        /** Stalls each reading past {@code limit}; {@link #awaitStalls()} waits for {@code stalls} readings. */
        StallingClock(FakeTicker ticker, Duration limit, int stalls) {
            this.ticker = ticker;
            this.pastTheLimit = limit.plusMillis(1);
            this.stalled = new CountDownLatch(stalls);
        }

        @Override
        public Instant instant() {
            ticker.advance(pastTheLimit);
            stalled.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Instant.parse("2026-11-23T09:00:00Z");
        }

        /** Lets every stalled evaluation, and every later one, go on. */
        void release() {
            released.countDown();
        }

        /** Waits until the clock was read as many times as it was made for. */
        void awaitStalls() throws InterruptedException {
            stalled.await();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
