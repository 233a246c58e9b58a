package fr.ess.rules.reference;

/** Legal references for tests. */
public final class TestReferences {

    private TestReferences() {
    }

    /**
     * @param label a label
     * @return a secondary reference with that label
     */
    public static LegalReference ref(String label) {
        return LegalReference.of(label, Authority.SECONDARY, "« citation de test »");
    }
}
