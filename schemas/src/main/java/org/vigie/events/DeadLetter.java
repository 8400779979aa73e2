package org.vigie.events;

/**
 * A record ingest refused, kept whole with where it came from and why, so nothing is lost and it can be replayed.
 *
 * @param payload    the original bytes (a clear plate found in them is redacted before they are kept)
 * @param receivedAt wall-clock time ingest saw the record, epoch ms
 */
public record DeadLetter(
        String sourceTopic,
        int partition,
        long offset,
        String reason,
        byte[] payload,
        long receivedAt) {
}
