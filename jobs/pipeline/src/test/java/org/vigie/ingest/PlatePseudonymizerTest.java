package org.vigie.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlatePseudonymizerTest {

    private final PlatePseudonymizer key1 = PlatePseudonymizer.fromText("k1", "first-key-0123456789");
    private final PlatePseudonymizer key2 = PlatePseudonymizer.fromText("k2", "second-key-0123456789");

    @Test
    void samePlateAndKeyGiveTheSamePseudonym() {
        assertEquals(key1.pseudonymize("AB-123-CD"), key1.pseudonymize("AB-123-CD"));
        assertEquals(key1.pseudonymize("AB-123-CD"), PlatePseudonymizer.fromText("k1", "first-key-0123456789")
                .pseudonymize("AB-123-CD"));
    }

    @Test
    void spellingVariantsOfOnePlateAreOnePlate() {
        assertEquals(key1.pseudonymize("AB-123-CD"), key1.pseudonymize("ab 123 cd"));
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertNotEquals(key1.pseudonymize("AB-123-CD"), key2.pseudonymize("AB-123-CD"));
        assertEquals("k2", key2.keyId());
    }

    @Test
    void differentPlatesDiffer() {
        assertNotEquals(key1.pseudonymize("AB-123-CD"), key1.pseudonymize("AB-123-CE"));
    }

    @Test
    void pseudonymRevealsNothingOfThePlate() {
        String p = key1.pseudonymize("AB-123-CD");
        assertFalse(p.contains("AB"));
        assertFalse(p.contains("123"));
        assertEquals(43, p.length(), "base64url of 32 bytes without padding");
    }

    @Test
    void refusesShortKeysAndEmptyPlates() {
        assertThrows(IllegalArgumentException.class, () -> PlatePseudonymizer.fromText("k", "short"));
        assertThrows(IllegalArgumentException.class, () -> key1.pseudonymize(" - "));
    }
}
