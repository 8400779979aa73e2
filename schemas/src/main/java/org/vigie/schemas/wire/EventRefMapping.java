package org.vigie.schemas.wire;

import org.vigie.events.EventRef;
import org.vigie.events.SourceKind;

/** {@link EventRef} fields, both ways, for every format. */
final class EventRefMapping {

    private static final EnumLookup<SourceKind> KINDS = new EnumLookup<>(SourceKind.class);

    private EventRefMapping() {
    }

    /** @param position the index in the alert's contributing list, named in the reason on failure */
    static EventRef read(FieldSource in, int position) throws DecodeException {
        try {
            return new EventRef(
                    Checks.nonBlank("id", in.string("id")),
                    KINDS.parse("kind", in.string("kind")),
                    in.string("sourceId"),
                    in.time("eventTime"));
        } catch (DecodeException e) {
            throw new DecodeException("contributing[" + position + "]: " + e.getMessage(), e);
        }
    }

    static void write(EventRef ref, FieldSink out) {
        out.string("id", ref.id());
        out.enumName("kind", ref.kind());
        out.string("sourceId", ref.sourceId());
        out.time("eventTime", ref.eventTime());
    }
}
