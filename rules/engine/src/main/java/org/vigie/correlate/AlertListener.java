package org.vigie.correlate;

import com.espertech.esper.common.client.EventBean;
import com.espertech.esper.runtime.client.EPRuntime;
import com.espertech.esper.runtime.client.EPStatement;
import com.espertech.esper.runtime.client.UpdateListener;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.events.Alert;

/** Listens to one rule's statement and turns its new rows into alerts for the engine to hand out. */
final class AlertListener implements UpdateListener {

    private static final Logger LOG = LoggerFactory.getLogger(AlertListener.class);

    private final String ruleId;
    private final AlertAssembler assembler;
    private final List<Alert> sink;
    private final EngineCounters.RuleCounters counters;

    AlertListener(CompiledRule rule, OutputPlan plan, List<Alert> sink, EngineCounters.RuleCounters counters) {
        this.ruleId = rule.id();
        this.assembler = new AlertAssembler(rule, plan);
        this.sink = sink;
        this.counters = counters;
    }

    @Override
    public void update(EventBean[] newEvents, EventBean[] oldEvents, EPStatement statement, EPRuntime runtime) {
        if (newEvents == null) {
            return;
        }
        for (EventBean row : newEvents) {
            Alert alert = assembler.assemble(row);
            if (alert == null) {
                counters.emptyMatches.increment();
                // An unexplained alert is worse than none; log the first few, the counter keeps the full tally.
                if (counters.emptyMatches.sum() <= 10) {
                    LOG.warn("rule '{}' matched without any contributing event; no alert emitted (row: {})",
                            ruleId, describe(row));
                }
            } else {
                counters.alerts.increment();
                sink.add(alert);
            }
        }
    }

    private static String describe(EventBean row) {
        Object underlying = row.getUnderlying();
        return underlying instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(underlying);
    }
}
