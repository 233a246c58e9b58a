package org.example.ess;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Rna;
import fr.ess.core.identity.Rpps;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
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
import fr.ess.examples.json.EssJson;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.lifecycle.Decision;
import fr.ess.rules.lifecycle.Lifecycle;
import java.time.LocalDate;
import java.util.List;

/** An application embedding ess-rules with java.util types only: build, evaluate, label, store, read back. */
public final class EmbeddingExample {

    public static void main(String[] args) {
        Department indreEtLoire = Geography.cog().department("37").get();
        Specialty cardiology = SpecialtyNomenclature.standard().specialty("SM04").get();
        Dossier dossier = Dossier.builder()
                .id("ESS-CARDIO-37").name("ESS Cardiologie Touraine").createdOn(LocalDate.of(2025, 1, 15))
                .specialty(cardiology)
                .territory(Territory.of(List.of(indreEtLoire)))
                .legalStructure(LegalStructure.of(LegalForm.ASSOCIATION_1901, Rna.of("W372001234")))
                .consultations(List.of(Consultation.of(LocalDate.of(2024, 11, 30), List.of(indreEtLoire))))
                .members(List.of(cardiologist("11000000015", "Dr Anne Martin", true, indreEtLoire, cardiology),
                        cardiologist("11000000023", "Dr Paul Durand", false, indreEtLoire, cardiology)))
                .partners(List.of(Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, indreEtLoire)))
                .healthProject(HealthProject.builder()
                        .missions(List.of(Mission.SECOND_LINE_STRUCTURING, Mission.SPECIALIST_OPINION_ACCESS))
                        .actions(List.of(Action.of("A1", ActionCategory.TELEEXPERTISE_NETWORK, "Téléexpertise")))
                        .build())
                .budget(List.of(BudgetLine.of("A1", Money.ofCents(1_200_000), "Plateforme")))
                .build();

        EvaluationContext context = EvaluationContext.asOf(LocalDate.of(2025, 2, 1))
                .withDemography(DemographyTable.empty().with(indreEtLoire, cardiology, 20)) // 2 of 20 = 10 %
                .withRegistry(RegistryIndex.of(List.of()));      // missing data → NOT_EVALUABLE, never a silent pass
        Catalogue catalogue = Catalogue.discoverOrThrow();       // national rules + regional frameworks on the class path
        Evaluation evaluation = catalogue.evaluate(dossier, CommandType.LABEL, context);
        for (RuleResult result : evaluation.resultList()) {
            System.out.println(result.id() + " " + result.outcome() + " " + result.facts().toJavaMap());
        }
        System.out.println("admissible: " + evaluation.admissible() + ", conclusive: " + evaluation.conclusive());

        Lifecycle lifecycle = Lifecycle.of(catalogue);           // pro rata restitution by default
        History history = History.start(dossier);
        LocalDate labelDate = LocalDate.of(2025, 3, 1);
        Decision decision = lifecycle.decide(history.state(), new Command.Label(labelDate, "ARS CVL 2025-042"),
                context.withAsOf(labelDate));
        for (Event event : decision.eventList()) {               // none when refused: decision.resultList() says why
            history = history.append(event);
        }

        EssJson json = EssJson.standard();
        String stored = json.writeHistory(history);              // {"formatVersion": 1, "events": [...]}
        var read = json.readHistory(stored);                     // every problem with its JSON path, never an exception
        if (read.isInvalid()) {
            throw new IllegalStateException(read.getError().mkString("\n"));
        }
        System.out.println("state: " + read.get().state().state() + ", read back equal: " + read.get().equals(history));
    }

    private static Member cardiologist(String rpps, String name, boolean leader, Department department,
            Specialty cardiology) {
        return Member.builder().id(Rpps.of(rpps)).name(name).profession(Profession.PHYSICIAN).specialty(cardiology)
                .practiceSetting(PracticeSetting.OFFICE).practiceStatus(PracticeStatus.LIBERAL)
                .department(department).projectLeader(leader).build();
    }
}
