package org.vigie.correlate;

import com.espertech.esper.common.client.EPCompiled;
import java.io.Serializable;
import java.util.Objects;
import org.vigie.events.Alert;

/**
 * A rule compiled against {@link TypesModule}, ready to deploy into any {@link CorrelationEngine}. Compile once,
 * centrally; the {@link EPCompiled} is serializable and can be broadcast to every runtime.
 *
 * @param horizonMillis how far back in event time the rule's state can reach: twice the longest time period its EPL
 *                      names, because a step of that length can start from state another such step built (a
 *                      pattern living 10 minutes opened by a filter looking back 10 minutes). Replaying this much
 *                      history rebuilds the rule's state; running this long after the last event lets every
 *                      time-based match fire. Rules chaining more than two timed steps need more (see README)
 * @param source        where the rule came from, {@code file:line}, for messages
 */
public record CompiledRule(
        String id,
        int version,
        Alert.Severity severity,
        String description,
        long horizonMillis,
        String source,
        EPCompiled compiled) implements Serializable {

    public CompiledRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(compiled, "compiled");
    }
}
