package fr.ess.examples.walkthrough;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.identity.Rna;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import fr.ess.examples.cvl.CentreValDeLoireFramework;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.catalogue.FrameworkRefusedException;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.lifecycle.Decision;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.regional.Frameworks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * The walkthrough — « visite guidée »: builds an ESS dossier with the public API, checks it for labelling,
 * labels it, records a derogation, funds it from two funders, spends, dissolves it, and prints the report
 * and the restitutions.
 *
 * <p>Run it from a fresh clone with the README's main command. Nothing here reads a file: the reference
 * data (departments, specialties) ships with ess-core, and the demography and registry are the caller's
 * (here two illustrative figures, not real statistics).
 */
public final class Walkthrough {

    private Walkthrough() {
    }

    /**
     * Runs the walkthrough and prints to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out, Language.FR);
    }

    /**
     * Runs the walkthrough.
     *
     * @param out where to print
     * @param language the language of the report
     * @return the final state of the ESS
     */
    public static Ess run(PrintStream out, Language language) {
        // 1. Reference data shipped with ess-core: INSEE departments and the ANS specialty nomenclature.
        Geography cog = Geography.cog();
        Department indreEtLoire = cog.department("37").get();
        Department loirEtCher = cog.department("41").get();
        Specialty cardiology = SpecialtyNomenclature.standard().specialty("SM04").get();

        // 2. The team: liberal cardiologists (identified by their RPPS), the first one leads the project.
        Seq<Member> members = List.of("11000000015", "11000000023", "11000000031", "11000000049", "11000000056")
                .zipWithIndex()
                .map(t -> Member.builder()
                        .id(Identifier.parse(IdentifierScheme.RPPS, t._1).get()) // parsing checks the Luhn key
                        .name("Dr Membre " + (t._2 + 1))
                        .profession(Profession.PHYSICIAN)
                        .specialty(Option.of(cardiology))
                        .practiceSetting(PracticeSetting.OFFICE)
                        .practiceStatus(PracticeStatus.LIBERAL)
                        .department(t._2 < 3 ? indreEtLoire : loirEtCher)
                        .projectLeader(t._2 == 0)
                        .build());

        // 3. The dossier: territory, legal structure, consultation of the specialists, partners,
        //    health project (both core missions) and budget.
        Dossier dossier = Dossier.builder()
                .id("ESS-CARDIO-37-41")
                .name("ESS Cardiologie Touraine – Loir-et-Cher")
                .createdOn(LocalDate.of(2025, 1, 15))
                .specialty(cardiology)
                .territory(Territory.of(List.of(indreEtLoire, loirEtCher)))
                .legalStructure(Option.of(LegalStructure.of(LegalForm.ASSOCIATION_1901, Rna.of("W372001234"))))
                .consultations(List.of(Consultation.of(LocalDate.of(2024, 11, 30), List.of(indreEtLoire, loirEtCher))))
                .members(members)
                .partners(List.of(Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, indreEtLoire)))
                .healthProject(HealthProject.builder()
                        .missions(TreeSet.of(Mission.SECOND_LINE_STRUCTURING, Mission.SPECIALIST_OPINION_ACCESS))
                        .actions(List.of(Action.of("A1", ActionCategory.TELEEXPERTISE_NETWORK, "Réseau de téléexpertise"),
                                Action.of("A2", ActionCategory.COORDINATION, "Coordinatrice de l'équipe")))
                        .build())
                .budget(List.of(BudgetLine.of("A1", Money.ofCents(1_200_000), "Plateforme et temps médical"),
                        BudgetLine.of("A2", Money.ofCents(1_800_000), "Salaire de la coordinatrice")))
                .build();

        // 4. The caller's data: how many liberal cardiologists practise in each department (illustrative
        //    figures), and the other ESS known to the ARS. Without them, COMP-06 and TERR-02 would be
        //    NOT_EVALUABLE: missing data never silently passes.
        DemographyTable demography = DemographyTable.empty()
                .with(indreEtLoire, cardiology, 30)
                .with(loirEtCher, cardiology, 20);
        EvaluationContext context = EvaluationContext.asOf(LocalDate.of(2025, 2, 1))
                .withDemography(demography)
                .withRegistry(RegistryIndex.of(List.empty()));

        // 5. Is the dossier admissible for labelling? One result per rule, in catalogue order, each with
        //    its rule ID, outcome, severity, message and facts. Regional frameworks apply when the territory
        //    touches their region: those registered on the class path, and here the example Centre-Val de
        //    Loire one, given explicitly (it is not registered, so that no application gets an example rule).
        //    A refused framework (a reused national ID, a relaxed parameter) stops the program with every
        //    reason: it is never dropped silently.
        Catalogue catalogue = Catalogue.withFrameworks(Frameworks.discover().append(new CentreValDeLoireFramework()))
                .toEither().getOrElseThrow(FrameworkRefusedException::new);
        Evaluation evaluation = catalogue.evaluate(dossier, CommandType.LABEL, context);
        out.println("== Évaluation du dossier " + dossier.id() + " (" + evaluation.checkpoint() + ", "
                + evaluation.asOf() + ")");
        evaluation.results().forEach(r -> out.println(line(r, language)));
        out.println("recevable : " + evaluation.admissible() + ", concluante : " + evaluation.conclusive());

        // 6. Its life: each command is decided (refused with the results that refuse it, or accepted with
        //    events), then the events are folded into the state. Both are pure functions.
        Lifecycle lifecycle = Lifecycle.of(catalogue);
        Funder ars = Funder.of("ARS-CVL", FunderKind.ARS);
        Funder cpam = Funder.of("CPAM-37", FunderKind.CPAM);
        Seq<Command> commands = List.of(
                new Command.Label(LocalDate.of(2025, 3, 1), "ARS Centre-Val de Loire, décision 2025-042"),
                // a derogation (national framework of 2025): the ARS and the CPAM waive COMP-06's minimum share
                // for this ESS; should the share fall below 10 %, COMP-06 stays VIOLATED but only warns
                new Command.GrantDerogation(LocalDate.of(2025, 3, 15), "COMP-06",
                        "ARS Centre-Val de Loire / CPAM 37, décision 2025-017"),
                new Command.Grant(LocalDate.of(2025, 4, 1), ars, Money.ofCents(3_000_000),
                        List.of("Nombre de téléexpertises réalisées")),
                new Command.Grant(LocalDate.of(2025, 4, 15), cpam, Money.ofCents(1_000_000),
                        List.of("Délai d'accès à un avis spécialisé")),
                new Command.Spend(LocalDate.of(2025, 6, 1), "A1", Money.ofCents(1_200_000)),
                new Command.Spend(LocalDate.of(2025, 9, 1), "A2", Money.ofCents(1_300_001)),
                new Command.Spend(LocalDate.of(2025, 10, 1), "A2", Money.ofCents(99_999_999)), // refused: BUD-04
                new Command.Dissolve(LocalDate.of(2026, 1, 31), "AGE du 2026-01-20, article 18 des statuts"));
        Ess ess = Ess.created(dossier);
        History history = History.start(dossier); // what an application stores: the accepted events
        out.println();
        out.println("== Cycle de vie");
        for (Command command : commands) {
            Decision decision = lifecycle.decide(ess, command, context.withAsOf(command.date()));
            for (var event : decision.events()) {
                ess = Lifecycle.evolve(ess, event);
            }
            history = history.appendAll(decision.events());
            out.println(command.date() + " " + command.type() + " : "
                    + (decision.accepted() ? "acceptée" : "refusée") + " → " + ess.state());
            decision.refusals().forEach(r -> out.println("    " + line(r, language)));
        }

        out.println("dérogations : " + ess.dossier().derogations()
                .map(d -> d.rule() + " (" + d.reference() + ", " + d.grantedOn() + ")").mkString(", "));

        // 7. The ledger and the restitutions of the residual budget, to the cent (pro rata by default).
        out.println();
        out.println("== Fonds : accordé " + ess.ledger().granted() + ", dépensé " + ess.ledger().spent()
                + ", restitué " + ess.ledger().restituted() + ", solde " + ess.ledger().balance());
        for (Restitution r : ess.restitutions()) {
            out.println("restitution " + r.funder().id() + " : " + r.amount());
        }

        // 8. The stored events replay to the same state; a tampered copy (a grant after the dissolution) is refused.
        History stored = history;
        out.println();
        out.println("== Historique rejoué : " + stored.events().size() + " événements, même état : "
                + History.replay(stored.events()).map(h -> h.state().equals(stored.state())).getOrElse(false));
        Seq<Event> tampered = stored.events().append(new Event.Granted(new Command.Grant(LocalDate.of(2026, 2, 1),
                Funder.of("ARS-CVL", FunderKind.ARS), Money.ofCents(1_000_000), List.of("—"))));
        History.replay(tampered).swap().forEach(problems -> problems.forEach(p -> out.println("refusé : " + p)));
        return ess;
    }

    private static String line(RuleResult r, Language language) {
        return String.format("%-8s %-15s %-9s %s", r.id(), r.outcome(), r.severity(), r.message().in(language));
    }
}
