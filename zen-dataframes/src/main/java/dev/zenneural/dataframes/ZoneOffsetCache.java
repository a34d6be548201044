package dev.zenneural.dataframes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The UTC offset of a time zone at an epoch second, remembered with the interval between the two
 * transitions around it: rows of a series are in time order, so almost every lookup hits that
 * interval and no {@link Instant} is made per row.
 */
final class ZoneOffsetCache {

    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validTo = Long.MIN_VALUE;
    private int offset;

    ZoneOffsetCache(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The offset in seconds at {@code epochSecond}. */
    int offsetSeconds(long epochSecond) {
        if (epochSecond >= validFrom && epochSecond < validTo) {
            return offset;
        }
        Instant at = Instant.ofEpochSecond(epochSecond);
        offset = rules.getOffset(at).getTotalSeconds();
        // previousTransition is strictly before its argument; one second later includes a transition at this instant.
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        validTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        return offset;
    }
}
