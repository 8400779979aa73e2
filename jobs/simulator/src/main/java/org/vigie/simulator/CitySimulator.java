package org.vigie.simulator;

import org.vigie.events.SourceKind;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic synthetic city. Each iteration replays the same run from the start: signal events in event-time
 * order (within {@link CityConfig#disorderMs()}), each incident's {@link GroundTruth} right after its last event.
 * The run is generated lazily: memory does not grow with its length.
 *
 * <pre>{@code
 * CitySimulator sim = new CitySimulator(CityConfig.sample(42));
 * sim.run(event -> ..., truth -> ...);
 * }</pre>
 */
public final class CitySimulator implements Iterable<SimRecord> {

    private final CityConfig config;
    private final CityLayout layout;
    private final List<PlannedIncident> incidents;
    private final int fleet;
    private final long runSeed;

    public CitySimulator(CityConfig config) {
        this.config = config;
        SplittableRandom master = new SplittableRandom(config.seed());
        this.layout = new CityLayout(config, master.split());
        // Enough vehicles that plates recur across cameras now and then, as in a real city.
        this.fleet = Math.max(1_000, config.cameras() * 50);
        this.incidents = IncidentPlanner.plan(config, layout, master.split(), fleet);
        this.runSeed = master.nextLong();
    }

    public CityConfig config() {
        return config;
    }

    public CityLayout layout() {
        return layout;
    }

    /** How many incidents the run injects (their ground truth arrives in the stream). */
    public int incidentCount() {
        return incidents.size();
    }

    /** A fresh run from the start. */
    @Override
    public Iterator<SimRecord> iterator() {
        SplittableRandom r = new SplittableRandom(runSeed);
        SplittableRandom emissionRnd = r.split();
        SplittableRandom moving = r.split();
        SplittableRandom idle = r.split();
        SplittableRandom sensorInit = r.split();
        SplittableRandom readings = r.split();
        SplittableRandom deposits = r.split();
        SplittableRandom trafficInit = r.split();
        SplittableRandom flows = r.split();
        SplittableRandom stopped = r.split();
        SplittableRandom reports = r.split();
        // Split after the others, so adding a kind of noise leaves the draws of the existing ones as they were.
        SplittableRandom reboots = r.split();
        SplittableRandom drops = r.split();
        SplittableRandom cameraMisfires = r.split();
        SplittableRandom trafficMisfires = r.split();

        Emission emission = new Emission(config.disorderMs(), emissionRnd);
        Silences silences = new Silences(incidents);
        silences.planReboots(config, layout.devices(SourceKind.CAMERA), reboots);
        SimContext ctx = new SimContext(config, layout, new Ids(), new NoiseGuard(incidents), emission, fleet,
                silences);
        List<Source> sources = new ArrayList<>();
        sources.add(new IncidentSource(ctx, incidents));
        sources.addAll(new CameraNoise(ctx).sources(moving, idle));
        sources.addAll(new SensorNoise(ctx, sensorInit).sources(readings, deposits));
        sources.addAll(new TrafficNoise(ctx, trafficInit).sources(flows, stopped, drops));
        sources.add(new ReportNoise(ctx).source(reports));
        sources.add(new SilenceTruths(ctx, incidents));
        sources.addAll(new CameraMisfires(ctx).sources(cameraMisfires));
        sources.addAll(new TrafficMisfires(ctx).sources(trafficMisfires));
        return new Engine(sources, emission);
    }

    /** A fresh run as a sequential stream. */
    public Stream<SimRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** A fresh run, signal events only. */
    public Stream<SimEvent> events() {
        return stream().filter(SimEvent.class::isInstance).map(SimEvent.class::cast);
    }

    /** A fresh run, pushed to two callbacks in stream order. */
    public void run(Consumer<SimEvent> events, Consumer<GroundTruth> truths) {
        for (Iterator<SimRecord> it = iterator(); it.hasNext(); ) {
            SimRecord r = it.next();
            if (r instanceof SimEvent e) {
                events.accept(e);
            } else if (r instanceof GroundTruth g) {
                truths.accept(g);
            }
        }
    }

    /**
     * {@code count} malformed input records for the dead-letter path, cycling through every {@link RawRecord.Defect},
     * stamped within the run and keyed by real device ids. Always JSON, whatever the wire format of the good ones.
     */
    public List<RawRecord> malformedRecords(int count) {
        return MalformedRecords.generate(this, count);
    }
}
