package org.vigie.ingest;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.vigie.events.DeadLetter;
import org.vigie.events.SignalEvent;

/** Accepted events go on to correlation; refusals leave by {@link #DEAD_LETTERS}. */
public final class SplitRefused extends ProcessFunction<Ingested, SignalEvent> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

    @Override
    public void processElement(Ingested in, Context ctx, Collector<SignalEvent> out) {
        if (in instanceof Ingested.Accepted a) {
            out.collect(a.event());
        } else {
            ctx.output(DEAD_LETTERS, ((Ingested.Refused) in).letter());
        }
    }
}
