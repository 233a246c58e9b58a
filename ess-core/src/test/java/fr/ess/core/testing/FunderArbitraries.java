package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;

/**
 * Generators of funders — « financeurs » — for the property tests of ess-core, ess-rules and
 * regional frameworks (published in the ess-core test jar).
 */
public final class FunderArbitraries {

    private FunderArbitraries() {
    }

    /**
     * @return a funder id: a realistic one ({@code "ARS-CVL"}, {@code "CPAM-37"}…) or any non-blank string
     *     of letters, digits and dashes
     */
    public static Gen<String> funderId() {
        return Gen.oneOf(
                Gen.of("ARS-CVL", "ARS-PDL", "CPAM-37", "CPAM-41", "REGION-CVL", "CD-37", "TOURS"),
                Gen.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('-')
                        .ofMinLength(1).ofMaxLength(12));
    }

    /** @return any funder kind */
    public static Gen<FunderKind> kind() {
        return Gen.of(FunderKind.class);
    }

    /** @return any funder */
    public static Gen<Funder> funder() {
        return source -> Funder.of(source.draw(funderId()), source.draw(kind()));
    }

    /**
     * @param kind a funder kind
     * @return a funder of that kind
     */
    public static Gen<Funder> funderOf(FunderKind kind) {
        return funderId().map(id -> Funder.of(id, kind));
    }
}
