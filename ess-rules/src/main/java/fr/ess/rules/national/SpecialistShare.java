package fr.ess.rules.national;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.identity.Identifier;
import fr.ess.core.team.Member;
import fr.ess.rules.context.Demography;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Selection;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.ParameterVersion;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of the territory's liberal specialists that the ESS's members represent — « part des
 * spécialistes libéraux du territoire »: the counting COMP-06 (a minimum) and COMP-07 (a target) share. Each
 * rule keeps its own formula; this class measures the two quantities and says when they cannot be measured.
 *
 * <ul>
 * <li><b>counted</b> — the members counted: distinct natural persons (by identifier), active, physicians of
 * the principal specialty, in liberal or mixed practice, practising in a department of the territory
 * ({@link #isCounted});</li>
 * <li><b>liberalSpecialists</b> — the liberal specialists of the principal specialty, summed exactly over
 * the territory's departments from the caller's demography ({@link #liberalSpecialists}).</li>
 * </ul>
 */
public final class SpecialistShare {

    private SpecialistShare() {
    }

    static final Template EMPTY_TERRITORY = Template.of("share.emptyTerritory",
            "Le territoire est vide.", "The territory is empty.");
    static final Template NO_PARAMETER = Template.of("share.noParameter",
            "Aucune version du paramètre {parameter} en vigueur au {date}.",
            "No version of parameter {parameter} in force on {date}.");
    static final Template NO_DEMOGRAPHY = Template.of("share.noDemography",
            "Aucune donnée de démographie n'a été fournie.", "No demography data was given.");
    static final Template MISSING_DEPARTMENTS = Template.of("share.missingDepartments",
            "Démographie absente pour la spécialité {specialty} dans : {missingDepartments}",
            "No demography for specialty {specialty} in: {missingDepartments}");
    static final Template CONTRADICTION = Template.of("share.contradiction",
            "{counted} membres comptés pour {liberalSpecialists} spécialistes libéraux : la démographie contredit la "
                    + "liste des membres.",
            "{counted} counted members for {liberalSpecialists} liberal specialists: the demography contradicts the "
                    + "roster.");
    /** The message of a territory without liberal specialist. */
    public static final Template NO_SPECIALIST = Template.of("share.noSpecialist",
            "Aucun spécialiste libéral de la spécialité sur le territoire.",
            "No liberal specialist of the specialty in the territory.");

    /** The messages of a share that cannot be measured, or of a territory without specialist. */
    static final Seq<Template> MESSAGES = List.of(EMPTY_TERRITORY, NO_PARAMETER, NO_DEMOGRAPHY, MISSING_DEPARTMENTS,
            CONTRADICTION, NO_SPECIALIST);

    /**
     * The two quantities of a share, measured, with the parameter version that gives the percentage.
     *
     * @param counted the members counted
     * @param liberalSpecialists the liberal specialists of the territory (exact; may exceed a {@code long})
     * @param version the parameter version in force
     * @param facts the facts so far: counted, liberalSpecialists, the percentage and the version used
     */
    public record Measure(long counted, BigDecimal liberalSpecialists, ParameterVersion version, Facts facts) {

        /** @return the percentage of the parameter version (e.g. {@code 10}) */
        public BigDecimal percent() {
            return version.value();
        }

        /** @return whether {@code counted × 100 ≥ percent × liberalSpecialists} (exact arithmetic) */
        public boolean reached() {
            return BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(100))
                    .compareTo(percent().multiply(liberalSpecialists)) >= 0;
        }

        /** @return whether the territory has no liberal specialist of the specialty */
        public boolean noSpecialist() {
            return liberalSpecialists.signum() == 0;
        }

        /** @return the share in percent, two decimals, HALF_UP (for display) */
        public BigDecimal share() {
            return BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(100))
                    .divide(liberalSpecialists, 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * Whether a member counts toward the shares.
     *
     * @param d the dossier
     * @param m one of its members
     * @return natural person, active, physician of the principal specialty, liberal or mixed, in the territory
     */
    public static boolean isCounted(Dossier d, Member m) {
        return m.naturalPerson() && m.active() && m.physicianOf(d.specialty()) && m.practiceStatus().liberal()
                && d.territory().contains(m.department());
    }

    /**
     * The members counted toward the shares.
     *
     * @param d a dossier
     * @return their identifiers, distinct
     */
    public static Seq<Identifier> countedMembers(Dossier d) {
        return d.members().filter(m -> isCounted(d, m)).map(Member::id).distinct();
    }

    /**
     * The number of members counted.
     *
     * @param d a dossier
     * @return the number of distinct persons counted
     */
    public static long counted(Dossier d) {
        return Selection.distinctCount(d.members(), m -> isCounted(d, m), Member::id, !d.duplicateMemberIds().isEmpty());
    }

    /**
     * The sum of the liberal specialists of the principal specialty over the territory's departments.
     *
     * @param d a dossier
     * @param demography the demography data
     * @return the exact sum, or the departments that have no figure (in territory order)
     */
    public static Either<Seq<Department>, BigDecimal> liberalSpecialists(Dossier d, Demography demography) {
        BigDecimal sum = BigDecimal.ZERO;
        List<Department> missing = List.empty();
        for (Department dep : d.territory().departments()) {
            Option<Long> count = demography.liberalSpecialists(dep, d.specialty());
            if (count.isEmpty()) {
                missing = missing.prepend(dep);
            } else {
                sum = sum.add(BigDecimal.valueOf(count.get()));
            }
        }
        return missing.isEmpty() ? Either.right(sum) : Either.left(missing.reverse());
    }

    /**
     * Measures the share for a rule, or says why it cannot: an empty territory ({@code NOT_APPLICABLE}), no
     * parameter version in force, no demography or a department without a figure, more members counted than
     * specialists (each {@code NOT_EVALUABLE}). A territory without any liberal specialist is measured (both
     * quantities are then 0: the threshold of nobody is nobody, {@link #NO_SPECIALIST}).
     *
     * @param d the dossier
     * @param ctx the context
     * @param parameter the parameter giving the percentage
     * @param percentKey the fact key of the percentage
     * @return the measure, or the finding that ends the rule
     */
    public static Either<Finding, Measure> measure(Dossier d, EvaluationContext ctx, String parameter,
            String percentKey) {
        return territorySpecialists(d, ctx, parameter, percentKey).flatMap(t -> {
            long counted = counted(d);
            BigDecimal specialists = t._2;
            Facts facts = parameterFacts(Facts.none().with("counted", counted).with("liberalSpecialists", specialists),
                    percentKey, t._1);
            if (BigDecimal.valueOf(counted).compareTo(specialists) > 0) {
                return Either.left(Finding.notEvaluable(CONTRADICTION, facts));
            }
            return Either.right(new Measure(counted, specialists, t._1, facts));
        });
    }

    /**
     * The liberal specialists of the territory and the version of a parameter in force, or the finding that ends
     * a rule: an empty territory ({@code NOT_APPLICABLE}), no parameter version in force, no demography, a
     * department without a figure (each {@code NOT_EVALUABLE}; the parameter's facts under {@code valueKey}).
     * Shared by COMP-06, COMP-07 and TERR-04 (which counts the same liberal specialists).
     *
     * @param d the dossier
     * @param ctx the context
     * @param parameter the parameter the rule reads
     * @param valueKey the fact key of the parameter's value (e.g. {@code minimumSharePercent}, {@code minimum})
     * @return the version in force and the exact sum, or the finding that ends the rule
     */
    public static Either<Finding, io.vavr.Tuple2<ParameterVersion, BigDecimal>> territorySpecialists(Dossier d,
            EvaluationContext ctx, String parameter, String valueKey) {
        if (d.territory().isEmpty()) {
            return Either.left(Finding.notApplicable(EMPTY_TERRITORY, Facts.none()));
        }
        Option<ParameterVersion> version = ctx.parameters().inForce(parameter, ctx.asOf());
        if (version.isEmpty()) {
            return Either.left(Finding.of(Outcome.NOT_EVALUABLE, NO_PARAMETER, Facts.none().with("parameter", parameter)
                    .with("date", ctx.asOf().toString()), Facts.none().with("missing", "parameter " + parameter)));
        }
        if (ctx.demography().isEmpty()) {
            return Either.left(Finding.notEvaluable(NO_DEMOGRAPHY,
                    parameterFacts(Facts.none(), valueKey, version.get()).with("missing", "demography")));
        }
        Either<Seq<Department>, BigDecimal> liberal = liberalSpecialists(d, ctx.demography().get());
        if (liberal.isLeft()) {
            Facts facts = parameterFacts(Facts.none(), valueKey, version.get())
                    .withTexts("missingDepartments", liberal.getLeft().map(Department::code));
            return Either.left(Finding.of(Outcome.NOT_EVALUABLE, MISSING_DEPARTMENTS,
                    facts.with("specialty", d.specialty().code()), facts));
        }
        return Either.right(io.vavr.Tuple.of(version.get(), liberal.get()));
    }

    /** Adds the facts of the parameter version used: the percentage, its in-force date and its source. */
    static Facts parameterFacts(Facts facts, String percentKey, ParameterVersion version) {
        return facts.with(percentKey, version.value()).with("parameterVersion", version.inForceFrom().toString())
                .with("parameterSource", version.source());
    }
}
