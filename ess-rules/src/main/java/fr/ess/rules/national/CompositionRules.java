package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.ADD_MEMBER;
import static fr.ess.rules.engine.Checkpoint.AMEND;
import static fr.ess.rules.engine.Checkpoint.CHANGE_TERRITORY;
import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Checkpoint.PAUSE_MEMBER;
import static fr.ess.rules.engine.Checkpoint.REMOVE_MEMBER;
import static fr.ess.rules.engine.Checkpoint.RESUME_MEMBER;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.INFO;
import static fr.ess.rules.engine.Severity.WARNING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.identity.Identifier;
import fr.ess.core.team.Member;
import fr.ess.rules.context.Demography;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;

/**
 * Composition rules — « composition de l'équipe » (COMP-01 to COMP-08): who may and must be in an ESS.
 */
public final class CompositionRules {

    private CompositionRules() {
    }

    /** COMP-01 — the principal specialty is not general medicine. */
    public static final Rule<Subject> COMP_01 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-01")
            .title("Spécialité principale hors médecine générale", "Principal specialty other than general medicine")
            .statement("La spécialité principale de l'ESS est une spécialité médicale autre que la médecine générale.",
                    "The ESS's principal specialty is a medical specialty other than general medicine.")
            .legalReference(Sources.CSP + " ; " + Sources.CONV)
            .sourceQuote("« médecins spécialistes d'une ou plusieurs spécialités hors médecine générale » (CSP) ; "
                    + "« L'ESS accueille des médecins d'une même spécialité autre que médecine générale » (CONV)")
            .at(BLOCKING, LABEL)
            .factKeys(List.of("specialty", "generalMedicine"))
            .interpretation("La loi admet « une ou plusieurs spécialités » et la convention « une même spécialité » : "
                    + "l'ESS a une spécialité principale ; les médecins d'autres spécialités la rejoignent comme membres "
                    + "justifiés (COMP-04). Médecine générale = SM26, SM53, SM54 (nomenclature TRE_R38).",
                    "The CSP allows \"one or several specialties\", the convention \"one same specialty\": an ESS has one "
                    + "principal specialty; physicians of other specialties join as justified members (COMP-04). "
                    + "General medicine = SM26, SM53, SM54 (TRE_R38).")
            .build(),
            Check.<Dossier>that(d -> !d.specialty().generalMedicine(),
                    Text.of("La spécialité principale n'est pas la médecine générale.",
                            "The principal specialty is not general medicine."),
                    Text.of("La spécialité principale est la médecine générale.",
                            "The principal specialty is general medicine."))
                    .withFacts(d -> Facts.none().with("specialty", d.specialty().code())
                            .with("generalMedicine", d.specialty().generalMedicine())));

    /** COMP-02 — at least one project leader, each an active non-GP specialist member. */
    public static final Rule<Subject> COMP_02 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-02")
            .title("Porteurs du projet", "Project leaders")
            .statement("L'ESS a au moins un porteur du projet, et chaque porteur est un membre actif, médecin spécialiste "
                    + "d'une spécialité autre que la médecine générale.",
                    "The ESS has at least one project leader, and every project leader is an active member who is a "
                    + "physician specialised in a specialty other than general medicine.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« Le projet de constitution d'une ESS doit se faire à l'initiative d'un ou plusieurs médecins "
                    + "spécialistes. Ces médecins spécialistes seront alors désignés comme « porteurs du projet ». »")
            .at(BLOCKING, LABEL, ADD_MEMBER)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .factKeys(List.of("projectLeaders", "invalidLeaders"))
            .interpretation("Un porteur en pause ou retiré ne porte plus le projet : la règle n'avertit qu'après un départ "
                    + "ou une pause, car nul ne peut être retenu.",
                    "A paused or removed leader no longer leads: after a departure or a pause the rule only warns, since "
                    + "nobody can be forced to stay.")
            .build(),
            (d, ctx) -> {
                Seq<Member> leaders = select(d.members(), Member::projectLeader);
                Seq<String> invalid = leaders.filter(m -> !(m.active() && m.naturalPerson() && m.nonGeneralMedicineSpecialist()))
                        .map(Formats::member).distinct().sorted();
                Facts facts = Facts.none().withTexts("projectLeaders", leaders.map(Formats::member).distinct().sorted())
                        .withTexts("invalidLeaders", invalid);
                if (leaders.isEmpty()) {
                    return Finding.violated(Text.of("Aucun porteur du projet n'est désigné.",
                            "No project leader is designated."), facts);
                }
                if (!invalid.isEmpty()) {
                    return Finding.violated(Text.of(
                            "Porteurs qui ne sont pas des médecins spécialistes (hors médecine générale) actifs : "
                                    + invalid.mkString(", "),
                            "Leaders who are not active specialists (other than general medicine): " + invalid.mkString(", ")),
                            facts);
                }
                return Finding.satisfied(Text.of(leaders.size() + " porteur(s) du projet, tous médecins spécialistes actifs.",
                        leaders.size() + " project leader(s), all active specialists."), facts);
            });

    /** COMP-03 — every member is a natural person. */
    public static final Rule<Subject> COMP_03 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-03")
            .title("Membres personnes physiques", "Members are natural persons")
            .statement("Chaque membre est une personne physique (RPPS ou ADELI). Une personne morale (SIREN, SIRET, FINESS, "
                    + "RNA) ne peut pas être membre ; elle peut être partenaire.",
                    "Every member is a natural person (RPPS or ADELI). A legal entity (SIREN, SIRET, FINESS, RNA) cannot "
                    + "be a member; it can be a partner.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« Pour rejoindre une ESS il est obligatoire d'être une personnalité physique. »")
            .at(BLOCKING, LABEL, ADD_MEMBER)
            .factKeys(List.of("legalEntities"))
            .build(),
            Check.forEach(Dossier::members, Member::naturalPerson, Formats::member, "legalEntities",
                    offenders -> offenders.isEmpty()
                            ? Text.of("Tous les membres sont des personnes physiques.", "Every member is a natural person.")
                            : Text.of("Membres qui ne sont pas des personnes physiques : " + offenders.mkString(", "),
                                    "Members who are not natural persons: " + offenders.mkString(", "))));

    /** COMP-04 — members other than physicians of the principal specialty need a justification. */
    public static final Rule<Subject> COMP_04 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-04")
            .title("Autres membres justifiés par le projet de santé", "Other members justified by the health project")
            .statement("Un membre qui n'est pas médecin de la spécialité principale (médecin d'une autre spécialité, "
                    + "y compris la médecine générale, ou autre professionnel de santé) requiert une justification dans "
                    + "le projet de santé.",
                    "A member who is not a physician of the principal specialty (a physician of another specialty, "
                    + "including general medicine, or a non-physician health professional) requires a justification in "
                    + "the health project.")
            .legalReference(Sources.CONV + " ; " + Sources.FAQ)
            .sourceQuote("« Si le projet de santé le nécessite, l'ESS peut également accueillir des médecins d'autres "
                    + "spécialités ainsi que des professionnels de santé autres que médecins. »")
            .at(BLOCKING, LABEL, ADD_MEMBER, AMEND)
            .factKeys(List.of("otherMembers", "justified"))
            .interpretation("Sans autre membre, la règle est sans objet. Une justification non vide "
                    + "(otherMembersJustification) vaut pour tous les autres membres.",
                    "With no other member the rule does not apply. One non-blank justification "
                    + "(otherMembersJustification) covers every other member.")
            .build(),
            (d, ctx) -> {
                long count = d.duplicateMemberIds().isEmpty() ? d.members().count(m -> !m.physicianOf(d.specialty()))
                        : otherMembers(d).size(); // the number of distinct other persons
                boolean justified = d.healthProject().justifiesOtherMembers();
                // the list of other members is built only when the facts are read or the message needs it
                Facts facts = Facts.none().withLazy("otherMembers", () -> Fact.texts(otherMembers(d)))
                        .with("justified", justified);
                if (count == 0) {
                    return Finding.notApplicable(Text.of("Tous les membres sont médecins de la spécialité principale.",
                            "Every member is a physician of the principal specialty.")).withFacts(facts);
                }
                if (justified) {
                    return Finding.satisfied(Text.of(count + " autre(s) membre(s), justifié(s) par le projet de santé.",
                            count + " other member(s), justified by the health project."), facts);
                }
                String others = otherMembers(d).mkString(", ");
                return Finding.violated(Text.of("Autres membres sans justification dans le projet de santé : " + others,
                        "Other members without a justification in the health project: " + others), facts);
            });

    /** COMP-05 — nobody is listed twice. */
    public static final Rule<Subject> COMP_05 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-05")
            .title("Pas de membre en double", "No duplicate member")
            .statement("Aucune personne n'est inscrite deux fois parmi les membres (même numéro RPPS ou ADELI).",
                    "No person is listed twice among the members (same RPPS or ADELI number).")
            .legalReference(Sources.COMMON_SENSE)
            .sourceQuote("—")
            .at(BLOCKING, LABEL, ADD_MEMBER)
            .factKeys(List.of("duplicates"))
            .interpretation("Deux membres sont la même personne quand leurs identifiants (type et numéro) sont égaux.",
                    "Two members are the same person when their identifiers (scheme and number) are equal.")
            .build(),
            (d, ctx) -> {
                Seq<String> duplicates = d.duplicateMemberIds().toList().map(Formats::id);
                Facts facts = Facts.none().withTexts("duplicates", duplicates);
                return duplicates.isEmpty()
                        ? Finding.satisfied(Text.of("Aucun membre n'est inscrit deux fois.", "No member is listed twice."), facts)
                        : Finding.violated(Text.of("Membres inscrits plusieurs fois : " + duplicates.mkString(", "),
                                "Members listed more than once: " + duplicates.mkString(", ")), facts);
            });

    /** COMP-06 — minimum share of the territory's liberal specialists. */
    public static final Rule<Subject> COMP_06 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-06")
            .title("Part minimale des spécialistes libéraux du territoire", "Minimum share of the territory's liberal specialists")
            .statement("Le nombre de membres comptés est au moins minimumShare des spécialistes libéraux de la spécialité "
                    + "principale exerçant sur le territoire : counted × 100 ≥ minimumSharePercent × liberalSpecialists.",
                    "The number of counted members is at least minimumShare of the liberal specialists of the principal "
                    + "specialty practising in the territory: counted × 100 ≥ minimumSharePercent × liberalSpecialists.")
            .legalReference(Sources.FAQ + " ; " + Sources.CONV)
            .sourceQuote("« L'ESS doit réunir au moins 10% des professionnels libéraux de la spécialité concernée du "
                    + "territoire qu'elle couvre »")
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .parameters(List.of(Parameters.MINIMUM_SHARE))
            .factKeys(List.of("counted", "liberalSpecialists", "minimumSharePercent", "share", "parameterVersion",
                    "parameterSource"))
            .interpretation("Membres comptés = personnes distinctes (par identifiant) physiques, actives, médecins de la "
                    + "spécialité principale, en exercice libéral ou mixte, dans un département du territoire. Un membre en "
                    + "pause n'est pas compté (lecture prudente) ; un salarié non plus. Territoire vide : sans objet ; "
                    + "aucun spécialiste libéral (et aucun membre compté) : satisfaite ; plus de membres comptés que de "
                    + "spécialistes : non évaluable (la démographie contredit la liste), ce qui prime sur le cas « aucun "
                    + "spécialiste » quand des membres sont comptés. Un départ n'étant jamais refusé, la règle n'avertit qu'après "
                    + "REMOVE_MEMBER / PAUSE_MEMBER.",
                    "Counted members = distinct persons (by identifier), natural, active, physicians of the principal "
                    + "specialty, liberal or mixed practice, in a department of the territory. A paused member is not "
                    + "counted (conservative reading); a salaried one neither. Empty territory: not applicable; no liberal "
                    + "specialist (and nobody counted): satisfied; more counted than specialists: not evaluable (the "
                    + "demography contradicts the roster), which takes precedence over \"no specialist\" when members are "
                    + "counted. A departure is never refused, so the rule only warns after REMOVE_MEMBER / PAUSE_MEMBER.")
            .build(),
            shareCheck(Parameters.MINIMUM_SHARE, "minimumSharePercent", false));

    /** COMP-07 — progress toward the target share (an indicator, never violated). */
    public static final Rule<Subject> COMP_07 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-07")
            .title("Progression vers la part cible", "Progress toward the target share")
            .statement("Indique la progression vers targetShare des spécialistes libéraux du territoire (même décompte que "
                    + "COMP-06). Jamais non respectée.",
                    "Reports progress toward targetShare of the territory's liberal specialists (same counting as "
                    + "COMP-06). Never violated.")
            .legalReference(Sources.FAQ + " ; " + Sources.CONV)
            .sourceQuote("« à terme l'ESS doit avoir une cible d'intégration d'au moins 50 % des spécialistes libéraux de "
                    + "la spécialité concernée présents sur son territoire »")
            .at(INFO, LABEL, ADD_MEMBER, REMOVE_MEMBER, PAUSE_MEMBER, RESUME_MEMBER, CHANGE_TERRITORY)
            .parameters(List.of(Parameters.TARGET_SHARE))
            .factKeys(List.of("counted", "liberalSpecialists", "targetSharePercent", "share", "reached",
                    "parameterVersion", "parameterSource"))
            .build(),
            shareCheck(Parameters.TARGET_SHARE, "targetSharePercent", true));

    /** COMP-08 — a team: at least two active physicians of the principal specialty. */
    public static final Rule<Subject> COMP_08 = Rules.onDossier(RuleMetadata.builder()
            .id("COMP-08")
            .title("Une équipe d'au moins deux spécialistes", "A team of at least two specialists")
            .statement("L'ESS compte au moins deux membres actifs médecins de sa spécialité principale.",
                    "The ESS has at least two active members who are physicians of its principal specialty.")
            .legalReference(Sources.CSP)
            .sourceQuote("« un ensemble de professionnels de santé constitué autour de médecins spécialistes »")
            .at(BLOCKING, LABEL)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .factKeys(List.of("specialists"))
            .interpretation("« Un ensemble … constitué autour de médecins spécialistes » : au pluriel, donc au moins deux. "
                    + "Seules comptent les personnes physiques distinctes (une personne morale n'est pas médecin).",
                    "\"A set … formed around specialist physicians\": plural, hence at least two. Only distinct natural "
                    + "persons count (a legal entity is not a physician).")
            .build(),
            (d, ctx) -> {
                long n = distinctCount(d, m -> m.active() && m.naturalPerson() && m.physicianOf(d.specialty()));
                Facts facts = Facts.none().with("specialists", n);
                return n >= 2
                        ? Finding.satisfied(Text.of(n + " médecins actifs de la spécialité principale.",
                                n + " active physicians of the principal specialty."), facts)
                        : Finding.violated(Text.of(n + " médecin(s) actif(s) de la spécialité principale, il en faut au moins 2.",
                                n + " active physician(s) of the principal specialty, at least 2 are needed."), facts);
            });

    /** The composition rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(COMP_01, COMP_02, COMP_03, COMP_04, COMP_05, COMP_06, COMP_07,
            COMP_08);

    /**
     * The members counted toward the shares of COMP-06 and COMP-07: distinct natural persons, active,
     * physicians of the principal specialty, liberal or mixed practice, practising in the territory.
     *
     * @param d a dossier
     * @return their identifiers, distinct
     */
    public static Seq<Identifier> countedMembers(Dossier d) {
        return d.members().filter(m -> counted(d, m)).map(Member::id).distinct();
    }

    /**
     * The members that satisfy a condition, in roster order, in one pass that allocates only for them
     * ({@code filter} on a Vector copies the whole trie).
     */
    private static Seq<Member> select(Seq<Member> members, Predicate<Member> condition) {
        List<Member> reversed = List.empty();
        for (Member m : members) {
            if (condition.test(m)) {
                reversed = reversed.prepend(m);
            }
        }
        return reversed.reverse();
    }

    /** @return COMP-04's other members (not physicians of the principal specialty), distinct and sorted */
    private static Seq<String> otherMembers(Dossier d) {
        return select(d.members(), m -> !m.physicianOf(d.specialty())).map(Formats::member).distinct().sorted();
    }

    private static boolean counted(Dossier d, Member m) {
        return m.naturalPerson() && m.active() && m.physicianOf(d.specialty()) && m.practiceStatus().liberal()
                && d.territory().contains(m.department());
    }

    /**
     * The number of distinct persons among the members that satisfy a condition: a plain count when no
     * identifier is listed twice (the usual case), otherwise the size of one set of identifiers.
     */
    private static long distinctCount(Dossier d, Predicate<Member> condition) {
        if (!d.duplicateMemberIds().isEmpty()) {
            java.util.Set<Identifier> ids = new java.util.HashSet<>();
            for (Member m : d.members()) {
                if (condition.test(m)) {
                    ids.add(m.id());
                }
            }
            return ids.size();
        }
        long n = 0;
        for (Member m : d.members()) {
            if (condition.test(m)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The sum of the liberal specialists of the principal specialty over the territory's departments.
     *
     * @param d a dossier
     * @param demography the demography data
     * @return the exact sum (it may exceed a {@code long}: a caller's demography can hold any count), or the
     *     departments that have no figure
     */
    static Either<Seq<Department>, BigDecimal> liberalSpecialists(Dossier d, Demography demography) {
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
     * The share check of COMP-06 (a threshold) and COMP-07 (an indicator): exact integer arithmetic,
     * {@code counted × 100 ≥ percent × liberalSpecialists}.
     */
    private static Check<Dossier> shareCheck(String parameter, String percentKey, boolean indicator) {
        return (d, ctx) -> {
            if (d.territory().isEmpty()) {
                return Finding.notApplicable(Text.of("Le territoire est vide.", "The territory is empty."));
            }
            Option<ParameterVersion> version = ctx.parameters().inForce(parameter, ctx.asOf());
            if (version.isEmpty()) {
                return Finding.notEvaluable(Text.of("Aucune version du paramètre " + parameter + " en vigueur au "
                        + ctx.asOf() + ".", "No version of parameter " + parameter + " in force on " + ctx.asOf() + "."),
                        Facts.none().with("missing", "parameter " + parameter));
            }
            return share(d, ctx, version.get(), percentKey, indicator);
        };
    }

    /** Adds the facts of the parameter version used: the percentage, its in-force date and its source. */
    private static Facts parameterFacts(Facts facts, String percentKey, ParameterVersion version) {
        return facts.with(percentKey, version.value()).with("parameterVersion", version.inForceFrom().toString())
                .with("parameterSource", version.source());
    }

    private static Finding share(Dossier d, EvaluationContext ctx, ParameterVersion version, String percentKey,
            boolean indicator) {
        BigDecimal percent = version.value();
        if (ctx.demography().isEmpty()) {
            return Finding.notEvaluable(Text.of("Aucune donnée de démographie n'a été fournie.",
                    "No demography data was given."), parameterFacts(Facts.none(), percentKey, version)
                    .with("missing", "demography"));
        }
        Either<Seq<Department>, BigDecimal> liberal = liberalSpecialists(d, ctx.demography().get());
        if (liberal.isLeft()) {
            Seq<String> missing = liberal.getLeft().map(Department::code);
            return Finding.notEvaluable(Text.of("Démographie absente pour la spécialité " + d.specialty().code()
                    + " dans : " + missing.mkString(", "), "No demography for specialty " + d.specialty().code()
                    + " in: " + missing.mkString(", ")), parameterFacts(Facts.none(), percentKey, version)
                    .withTexts("missingDepartments", missing));
        }
        long counted = distinctCount(d, m -> counted(d, m));
        BigDecimal specialists = liberal.get();
        Facts facts = parameterFacts(Facts.none().with("counted", counted).with("liberalSpecialists", specialists),
                percentKey, version);
        if (BigDecimal.valueOf(counted).compareTo(specialists) > 0) {
            return Finding.notEvaluable(Text.of(counted + " membres comptés pour " + specialists
                    + " spécialistes libéraux : la démographie contredit la liste des membres.",
                    counted + " counted members for " + specialists
                    + " liberal specialists: the demography contradicts the roster."), facts);
        }
        if (specialists.signum() == 0) {
            // the threshold of nobody is nobody: counted × 100 ≥ percent × 0 holds, so a target is reached
            return Finding.satisfied(Text.of("Aucun spécialiste libéral de la spécialité sur le territoire.",
                    "No liberal specialist of the specialty in the territory."),
                    indicator ? facts.with("reached", true) : facts);
        }
        BigDecimal share = BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(100))
                .divide(specialists, 2, RoundingMode.HALF_UP);
        boolean reached = BigDecimal.valueOf(counted).multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(specialists)) >= 0;
        facts = facts.with("share", share);
        String cmp = reached ? "≥" : "<";
        String sharePlain = Formats.plain(share);
        String percentPlain = Formats.plain(percent);
        Text message = Text.of(counted + " membres comptés sur " + specialists + " spécialistes libéraux ("
                + sharePlain.replace('.', ',') + " %) " + cmp + " " + percentPlain.replace('.', ',') + " %",
                counted + " counted members of " + specialists + " liberal specialists (" + sharePlain
                + " %) " + cmp + " " + percentPlain + " %");
        if (indicator) {
            return Finding.satisfied(message, facts.with("reached", reached));
        }
        return reached ? Finding.satisfied(message, facts) : Finding.violated(message, facts);
    }
}
