package fr.ess.rules.national;

import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.EventInvariants;
import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.lifecycle.Transitions;
import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.rules.engine.Checkpoint;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Lifecycle rules — « cycle de vie » (LIFE-01 to LIFE-06). LIFE-01, LIFE-02, LIFE-03 and LIFE-06 guard
 * every command ({@link #GUARDS}); LIFE-04 and LIFE-05 are the rules of the DISSOLVE checkpoint.
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    private static RuleMetadata.Builder everyCommand(RuleMetadata.Builder b) {
        return b.at(BLOCKING, Checkpoint.values());
    }

    /** LIFE-01 — a command is accepted only in the states the transition table lists for it. */
    public static final Rule<Subject> LIFE_01 = Rules.onStep(everyCommand(RuleMetadata.builder()
            .id("LIFE-01")
            .title("Commande permise dans l'état de l'ESS", "Command allowed in the ESS's state")
            .statement("Une commande n'est acceptée que dans les états que la table des transitions lui attribue (par "
                    + "exemple, pas de financement avant la labellisation).", "A command is accepted only in the states "
                    + "the transition table lists for it (e.g. no GRANT before LABEL).")
            .legalReference(Sources.CVL)
            .sourceQuote("« labellisées et financées par leurs ARS »")
            .factKeys(List.of("state", "command", "allowedIn"))
            .interpretation("Sur une ESS dissoute, LIFE-02 s'applique et LIFE-01 est sans objet.",
                    "On a dissolved ESS, LIFE-02 applies and LIFE-01 does not."))
            .build(),
            (step, candidate, ctx) -> {
                EssState state = step.before().state();
                if (state == EssState.DISSOLVED) {
                    return Finding.notApplicable(Text.of("L'ESS est dissoute (voir LIFE-02).", "The ESS is dissolved (see LIFE-02)."));
                }
                Facts facts = Facts.none().with("state", state.name()).with("command", step.command().type().name())
                        .withTexts("allowedIn", Transitions.acceptedIn(step.command().type()).toList().map(EssState::name));
                return Transitions.accepts(state, step.command().type())
                        ? Finding.satisfied(Text.of(step.command().type() + " est permise en " + state + ".",
                                step.command().type() + " is allowed in " + state + "."), facts)
                        : Finding.violated(Text.of(step.command().type() + " n'est pas permise en " + state + ".",
                                step.command().type() + " is not allowed in " + state + "."), facts);
            });

    /** LIFE-02 — DISSOLVED is terminal. */
    public static final Rule<Subject> LIFE_02 = Rules.onStep(everyCommand(RuleMetadata.builder()
            .id("LIFE-02")
            .title("La dissolution est définitive", "Dissolution is terminal")
            .statement("DISSOLVED est un état terminal : toute commande sur une ESS dissoute est refusée.",
                    "DISSOLVED is terminal: every command on a dissolved ESS is refused.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« Une ESS est active tant qu'elle n'est pas dissoute selon les conditions établies par sa forme "
                    + "juridique. »")
            .factKeys(List.of("state")))
            .build(),
            (step, candidate, ctx) -> {
                Facts facts = Facts.none().with("state", step.before().state().name());
                return step.before().state() == EssState.DISSOLVED
                        ? Finding.violated(Text.of("L'ESS est dissoute : aucune commande n'est plus possible.",
                                "The ESS is dissolved: no command is possible any more."), facts)
                        : Finding.satisfied(Text.of("L'ESS n'est pas dissoute.", "The ESS is not dissolved."), facts);
            });

    /** LIFE-03 — dates never go backwards. */
    public static final Rule<Subject> LIFE_03 = Rules.onStep(everyCommand(RuleMetadata.builder()
            .id("LIFE-03")
            .title("Chronologie des commandes", "Commands in date order")
            .statement("Les commandes sont datées, et la date d'une commande n'est pas antérieure à celle du dernier "
                    + "événement accepté (l'événement Created est daté de createdOn).", "Commands are dated, and a "
                    + "command's date is not before the date of the last accepted event (the Created event is dated "
                    + "createdOn).")
            .legalReference(Sources.COMMON_SENSE)
            .sourceQuote("— (un historique auditable)")
            .factKeys(List.of("date", "lastEventDate")))
            .build(),
            (step, candidate, ctx) -> {
                Facts facts = Facts.none().with("date", step.command().date().toString())
                        .with("lastEventDate", step.before().lastEventDate().toString());
                return step.command().date().isBefore(step.before().lastEventDate())
                        ? Finding.violated(Text.of("La commande du " + step.command().date() + " précède le dernier événement ("
                                + step.before().lastEventDate() + ").", "The command of " + step.command().date()
                                + " is before the last event (" + step.before().lastEventDate() + ")."), facts)
                        : Finding.satisfied(Text.of("La commande suit le dernier événement.",
                                "The command follows the last event."), facts);
            });

    /** LIFE-04 — restitution of the residual budget at dissolution. */
    public static final Rule<Subject> LIFE_04 = Rules.onStep(RuleMetadata.builder()
            .id("LIFE-04")
            .title("Restitution des budgets résiduels", "Restitution of the residual budget")
            .statement("À la dissolution, le budget résiduel (accordé − dépensé) est restitué aux financeurs : une "
                    + "restitution par financeur ayant accordé des fonds (0,00 compris), calculée par la politique de "
                    + "restitution (au prorata par défaut), dans l'ordre des identifiants de financeurs ; les restitutions totalisent exactement le résiduel et aucun "
                    + "financeur ne reçoit plus qu'il n'a accordé.", "At dissolution, the residual budget (granted − spent) "
                    + "is returned to the funders: one restitution per funder that granted (0.00 included), computed by the "
                    + "restitution policy (pro rata by default), in funder-id order; the restitutions add up exactly to the residual, and no "
                    + "funder gets back more than it granted.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« A sa dissolution, l'ESS devra restituer les budgets résiduels aux différents financeurs. »")
            .at(BLOCKING, Checkpoint.DISSOLVE)
            .factKeys(List.of("residual", "restitutions"))
            .interpretation("Le partage au prorata (méthode du plus fort reste, au centime) interprète « restituer … aux "
                    + "différents financeurs » ; une autre politique peut être fournie, la règle en vérifie le résultat.",
                    "Pro rata sharing (largest remainder, to the cent) interprets \"return … to the various funders\"; "
                    + "another policy may be supplied, and the rule checks its result.")
            .build(),
            (step, candidate, ctx) -> {
                if (!(step.command() instanceof Command.Dissolve)) {
                    return Finding.notApplicable(Text.of("La commande n'est pas une dissolution.", "The command is not a dissolution."));
                }
                Ledger ledger = step.before().ledger();
                Seq<Restitution> restitutions = step.restitutions();
                Money residual = ledger.residual();
                Seq<String> funders = ledger.funders().map(Funder::id);
                Facts facts = Facts.none().with("residual", residual.toString()).with("restitutions", new Fact.Items(
                        restitutions.map(r -> new Fact.Fields(LinkedHashMap.of("funder", Fact.of(r.funder().id()),
                                "amount", Fact.of(r.amount().toString()))))));
                Seq<String> problems = ledger.restitutionProblems(restitutions);
                return problems.isEmpty()
                        ? Finding.satisfied(Text.of("Résiduel de " + residual + " € restitué à " + funders.size()
                                + " financeur(s).", "Residual of " + residual + " EUR returned to " + funders.size()
                                + " funder(s)."), facts)
                        : Finding.violated(Text.of("Restitutions incorrectes : " + problems.mkString("; "),
                                "Incorrect restitutions: " + problems.mkString("; ")), facts);
            });

    /** LIFE-05 — a dissolution records the decision under the statutes. */
    public static final Rule<Subject> LIFE_05 = Rules.onStep(RuleMetadata.builder()
            .id("LIFE-05")
            .title("Décision de dissolution", "Dissolution decision")
            .statement("Une dissolution enregistre la décision qui dissout la structure selon ses statuts (référence non "
                    + "vide ; pour un projet sans structure juridique, la décision d'abandon des porteurs).",
                    "A dissolution records the decision that dissolves the structure under its statutes (a non-blank "
                    + "reference; for a draft without a legal structure, the project leaders' decision to abandon).")
            .legalReference(Sources.FAQ)
            .sourceQuote("« la dissolution d'une ESS est régie par les modalités décrites dans les statuts de la structure "
                    + "juridique »")
            .at(BLOCKING, Checkpoint.DISSOLVE)
            .factKeys(List.of("decision"))
            .build(),
            (step, candidate, ctx) -> {
                if (!(step.command() instanceof Command.Dissolve dissolve)) {
                    return Finding.notApplicable(Text.of("La commande n'est pas une dissolution.", "The command is not a dissolution."));
                }
                Facts facts = Facts.none().with("decision", dissolve.decision());
                return dissolve.decision().isBlank()
                        ? Finding.violated(Text.of("La décision de dissolution n'est pas référencée.",
                                "The dissolution decision is not referenced."), facts)
                        : Finding.satisfied(Text.of("Décision : " + dissolve.decision(), "Decision: " + dissolve.decision()), facts);
            });

    /** LIFE-06 — a command refers to existing members and funders consistently. */
    public static final Rule<Subject> LIFE_06 = Rules.onStep(everyCommand(RuleMetadata.builder()
            .id("LIFE-06")
            .title("Références cohérentes aux membres et financeurs", "Consistent references to members and funders")
            .statement("Une commande désigne des membres existants dans le bon statut (on ne met en pause qu'un membre "
                    + "actif, on ne fait revenir qu'un membre en pause) et un financeur toujours avec le même type ; un même "
                    + "financement (même date, financeur, montant et indicateurs) n'est pas enregistré deux fois.",
                    "A command refers to existing members in the right status (only an active member can pause, only a "
                    + "paused member can resume) and to a funder always with the same kind; the same grant (same date, "
                    + "funder, amount and indicators) is not recorded twice.")
            .legalReference(Sources.COMMON_SENSE + " (lifecycle.md)")
            .sourceQuote("—")
            .factKeys(List.of("member", "status", "funder", "kind", "knownKind"))
            .interpretation("Un financeur est identifié par son id ; le même id avec un autre type est une incohérence. "
                    + "Un GRANT identique à un financement déjà enregistré est un double enregistrement (une saisie "
                    + "répétée, ou un événement dupliqué dans un historique stocké). "
                    + "Sans référence (LABEL, SPEND, …) la règle est sans objet.",
                    "A funder is identified by its id; the same id with another kind is inconsistent. A GRANT equal to "
                    + "a grant already recorded is a double entry (a repeated submission, or an event duplicated in a "
                    + "stored history). Without a reference (LABEL, SPEND, …) the rule does not apply."))
            .build(),
            (step, candidate, ctx) -> {
                Command c = step.command();
                if (c instanceof Command.Grant grant) {
                    Option<Funder> known = step.before().ledger().funder(grant.funder().id());
                    Facts facts = Facts.none().with("funder", grant.funder().id()).with("kind", grant.funder().kind().name())
                            .with("knownKind", known.map(f -> f.kind().name()).getOrElse(""));
                    if (step.before().ledger().conflictingKind(grant.funder()).isDefined()) {
                        return Finding.violated(Text.of("Le financeur " + grant.funder().id() + " est déjà connu comme "
                                + known.get().kind() + ".", "Funder " + grant.funder().id() + " is already known as "
                                + known.get().kind() + "."), facts);
                    }
                    return step.before().ledger().recorded(grant)
                            ? Finding.violated(Text.of("Ce financement de " + grant.funder().id() + " (" + grant.amount()
                                    + " €, " + grant.date() + ") est déjà enregistré.", "This grant of " + grant.funder().id()
                                    + " (" + grant.amount() + " EUR, " + grant.date() + ") is already recorded."), facts)
                            : Finding.satisfied(Text.of("Financeur cohérent.", "Consistent funder."), facts);
                }
                Option<fr.ess.core.identity.Identifier> target = EventInvariants.memberTarget(c);
                if (target.isEmpty()) {
                    return Finding.notApplicable(Text.of("La commande ne désigne ni membre ni financeur.",
                            "The command names no member and no funder."));
                }
                Option<Member> member = step.before().dossier().member(target.get());
                Facts facts = Facts.none().with("member", Formats.id(target.get()))
                        .with("status", member.map(m -> m.status().name()).getOrElse(""));
                if (member.isEmpty()) {
                    return Finding.violated(Text.of("Le membre " + Formats.id(target.get()) + " n'existe pas.",
                            "Member " + Formats.id(target.get()) + " does not exist."), facts);
                }
                Option<MemberStatus> required = EventInvariants.requiredStatus(c);
                return required.exists(r -> member.get().status() != r)
                        ? Finding.violated(Text.of("Le membre " + Formats.id(target.get()) + " est " + member.get().status()
                                + ", il devrait être " + required.get() + ".", "Member " + Formats.id(target.get()) + " is "
                                + member.get().status() + ", it should be " + required.get() + "."), facts)
                        : Finding.satisfied(Text.of("Membre existant dans le bon statut.",
                                "Existing member in the right status."), facts);
            });

    /** The guards evaluated before every command, in catalogue order: LIFE-01, LIFE-02, LIFE-03, LIFE-06. */
    public static final Seq<Rule<Subject>> GUARDS = List.of(LIFE_01, LIFE_02, LIFE_03, LIFE_06);

    /** The lifecycle rules, in catalogue order (LIFE-06 was added to the catalogue by {@code lifecycle.md}). */
    public static final Seq<Rule<Subject>> ALL = List.of(LIFE_01, LIFE_02, LIFE_03, LIFE_04, LIFE_05, LIFE_06);
}
