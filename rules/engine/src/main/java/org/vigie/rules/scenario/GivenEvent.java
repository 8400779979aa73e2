package org.vigie.rules.scenario;

import org.vigie.events.SignalEvent;

/**
 * One event of a scenario.
 *
 * @param offsetMillis {@code at}, from the scenario's start
 * @param event        the event, its eventTime already start + offset
 */
public record GivenEvent(long offsetMillis, SignalEvent event) {
}
