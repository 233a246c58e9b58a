package fr.ess.rules.render;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.lifecycle.Run;
import io.vavr.collection.List;
import java.time.LocalDate;

/**
 * The worked example of the specification, evaluated and run — « jeu d'essai des rendus »: the data of
 * {@code examples/} (demography, registry; no ZIP list) and the scenario's commands.
 */
final class RenderFixtures {

    private RenderFixtures() {
    }

    /** The demography of the examples: 37/SM04 = 60, 41/SM04 = 35, 45/SM04 = 50, 37/SM15 = 40. */
    static DemographyTable demography() {
        return DemographyTable.empty()
                .with(department("37"), specialty("SM04"), 60)
                .with(department("41"), specialty("SM04"), 35)
                .with(department("45"), specialty("SM04"), 50)
                .with(department("37"), specialty("SM15"), 40);
    }

    /** The registry of the examples: a cardiology ESS in 45, a dermatology one in 37, a dissolved one in 41. */
    static RegistryIndex registry() {
        return RegistryIndex.of(List.of(
                new RegisteredEss("ESS-CARDIO-45", specialty("SM04"), territory("45"), EssState.LABELLED),
                new RegisteredEss("ESS-DERMATO-37", specialty("SM15"), territory("37"), EssState.FUNDED),
                new RegisteredEss("ESS-CARDIO-41-2019", specialty("SM04"), territory("41"), EssState.DISSOLVED)));
    }

    /** @return the context of the worked example at {@link SampleDossiers#AS_OF}, with demography and registry */
    static EvaluationContext context() {
        return EvaluationContext.asOf(AS_OF).withDemography(demography()).withRegistry(registry());
    }

    /** @return the evaluation of {@code SampleDossiers.cardio()} for labelling, as of 2025-02-01 */
    static Evaluation cardioAtLabel() {
        return Catalogue.national().evaluate(SampleDossiers.cardio(), CommandType.LABEL, context());
    }

    /** The scenario's commands: labelled, funded by the ARS and the CPAM, 25 000.01 spent, dissolved. */
    static List<Command> scenario() {
        return List.of(
                new Command.Label(LocalDate.of(2025, 3, 1), "ARS CVL 2025-042"),
                new Command.Grant(LocalDate.of(2025, 4, 1), Funder.of("ARS-CVL", FunderKind.ARS),
                        Money.ofCents(3_000_000), List.of("Nombre de téléexpertises réalisées")),
                new Command.Grant(LocalDate.of(2025, 4, 15), Funder.of("CPAM-37", FunderKind.CPAM),
                        Money.ofCents(1_000_000), List.of("Délai d'accès à un avis spécialisé")),
                new Command.Spend(LocalDate.of(2025, 6, 1), "A1", Money.ofCents(1_200_000)),
                new Command.Spend(LocalDate.of(2025, 6, 15), "A2", Money.ofCents(1_300_001)),
                new Command.Dissolve(LocalDate.of(2026, 1, 31), "AGE du 2026-01-20, art. 18 des statuts"));
    }

    /** @return the run of the scenario on the national catalogue */
    static Run cardioRun() {
        return Lifecycle.of(Catalogue.national()).run(SampleDossiers.cardio(), scenario(), context());
    }
}
