package fr.ess.rules.national;

import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Identifier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EventInvariants;
import fr.ess.core.money.Funder;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * LIFE-06 — a command refers to existing members and funders consistently — « références cohérentes aux
 * membres et financeurs ». A guard of every command, added by {@code lifecycle.md}; no text states it.
 */
public final class Life06 {

    private Life06() {
    }

    static final Template FUNDER_KIND = Template.of("LIFE-06.funderKind",
            "Le financeur {funder} est déjà connu comme {knownKind}.", "Funder {funder} is already known as {knownKind}.");
    static final Template RECORDED_TWICE = Template.of("LIFE-06.recordedTwice",
            "Ce financement de {funder} ({amount} €, {date}) est déjà enregistré.",
            "This grant of {funder} ({amount} EUR, {date}) is already recorded.");
    static final Template CONSISTENT_FUNDER = Template.of("LIFE-06.consistentFunder",
            "Financeur cohérent.", "Consistent funder.");
    static final Template NO_REFERENCE = Template.of("LIFE-06.noReference",
            "La commande ne désigne ni membre ni financeur.", "The command names no member and no funder.");
    static final Template NO_MEMBER = Template.of("LIFE-06.noMember",
            "Le membre {member} n'existe pas.", "Member {member} does not exist.");
    static final Template WRONG_STATUS = Template.of("LIFE-06.wrongStatus",
            "Le membre {member} est {status}, il devrait être {required}.",
            "Member {member} is {status}, it should be {required}.");
    static final Template CONSISTENT_MEMBER = Template.of("LIFE-06.consistentMember",
            "Membre existant dans le bon statut.", "Existing member in the right status.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("LIFE-06")
            .title("Références cohérentes aux membres et financeurs", "Consistent references to members and funders")
            .statement("Une commande désigne des membres existants dans le bon statut (on ne met en pause qu'un membre "
                    + "actif, on ne fait revenir qu'un membre en pause) et un financeur toujours avec le même type ; un même "
                    + "financement (même date, financeur, montant et indicateurs) n'est pas enregistré deux fois.",
                    "A command refers to existing members in the right status (only an active member can pause, only a "
                    + "paused member can resume) and to a funder always with the same kind; the same grant (same date, "
                    + "funder, amount and indicators) is not recorded twice.")
            .at(BLOCKING, CommandType.values())
            .factKeys(List.of("member", "status", "funder", "kind", "knownKind"))
            .interpretation("Aucun texte ne l'énonce (lifecycle.md). Un financeur est identifié par son id ; le même id "
                    + "avec un autre type est une incohérence. Un GRANT identique à un financement déjà enregistré est un "
                    + "double enregistrement (une saisie répétée, ou un événement dupliqué dans un historique stocké). Sans "
                    + "référence (LABEL, SPEND, …) la règle est sans objet.",
                    "No text states it (lifecycle.md). A funder is identified by its id; the same id with another kind "
                    + "is inconsistent. A GRANT equal to a grant already recorded is a double entry (a repeated "
                    + "submission, or an event duplicated in a stored history). Without a reference (LABEL, SPEND, …) the "
                    + "rule does not apply.")
            .messages(FUNDER_KIND, RECORDED_TWICE, CONSISTENT_FUNDER, NO_REFERENCE, NO_MEMBER, WRONG_STATUS,
                    CONSISTENT_MEMBER, Rules.NO_COMMAND)
            .build();

    /** LIFE-06, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Life06::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        Command c = step.command();
        if (c instanceof Command.Grant grant) {
            Option<Funder> known = step.before().ledger().funder(grant.funder().id());
            Facts facts = Facts.none().with("funder", grant.funder().id()).with("kind", grant.funder().kind().name())
                    .with("knownKind", known.map(f -> f.kind().name()).getOrElse(""));
            if (step.before().ledger().conflictingKind(grant.funder()).isDefined()) {
                return Finding.violated(FUNDER_KIND, facts);
            }
            return step.before().ledger().recorded(grant) ? Finding.of(Outcome.VIOLATED, RECORDED_TWICE, facts
                    .with("amount", grant.amount().toString()).with("date", grant.date().toString()), facts)
                    : Finding.satisfied(CONSISTENT_FUNDER, facts);
        }
        Option<Identifier> target = EventInvariants.memberTarget(c);
        if (target.isEmpty()) {
            return Finding.notApplicable(NO_REFERENCE, Facts.none());
        }
        Option<Member> member = step.before().dossier().member(target.get());
        Facts facts = Facts.none().with("member", Formats.id(target.get()))
                .with("status", member.map(m -> m.status().name()).getOrElse(""));
        if (member.isEmpty()) {
            return Finding.violated(NO_MEMBER, facts);
        }
        Option<MemberStatus> required = EventInvariants.requiredStatus(c);
        return required.exists(r -> member.get().status() != r)
                ? Finding.of(Outcome.VIOLATED, WRONG_STATUS, facts.with("required", required.get().name()), facts)
                : Finding.satisfied(CONSISTENT_MEMBER, facts);
    }
}
