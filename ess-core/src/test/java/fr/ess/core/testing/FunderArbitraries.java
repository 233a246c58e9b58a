package fr.ess.core.testing;

import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of funders — « financeurs » — for the property tests of ess-core, ess-rules and
 * regional frameworks (published in the ess-core test jar).
 */
public final class FunderArbitraries {

    private FunderArbitraries() {
    }

    /**
     * @return a funder id: a realistic one ({@code "ARS-CVL"}, {@code "CPAM-37"}…) or any non-blank string
     *     of letters, digits and dashes
     */
    public static Arbitrary<String> funderId() {
        return Arbitraries.oneOf(
                Arbitraries.of("ARS-CVL", "ARS-PDL", "CPAM-37", "CPAM-41", "REGION-CVL", "CD-37", "TOURS"),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('-')
                        .ofMinLength(1).ofMaxLength(12));
    }

    /** @return any funder kind */
    public static Arbitrary<FunderKind> kind() {
        return Arbitraries.of(FunderKind.class);
    }

    /** @return any funder */
    public static Arbitrary<Funder> funder() {
        return Combinators.combine(funderId(), kind()).as(Funder::of);
    }

    /**
     * @param kind a funder kind
     * @return a funder of that kind
     */
    public static Arbitrary<Funder> funderOf(FunderKind kind) {
        return funderId().map(id -> Funder.of(id, kind));
    }
}
