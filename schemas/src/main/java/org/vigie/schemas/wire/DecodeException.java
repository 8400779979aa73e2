package org.vigie.schemas.wire;

/**
 * A record could not be decoded. The message is a short, human-readable reason (for example
 * {@code missing required field 'eventTime'}) meant to be stored with the record on the dead-letter topic; it never
 * quotes a licence plate.
 */
public final class DecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why the record was refused, in words */
    public DecodeException(String reason) {
        super(reason);
    }

    /**
     * @param reason why the record was refused, in words
     * @param cause  the underlying parser error, kept for logs
     */
    public DecodeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
