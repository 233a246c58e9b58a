package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.project.Mission;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;

/**
 * PROJ-01 — core mission, part 1: structure the second-line offer — « Structurer l'offre de second recours » (the core mission, « mission socle », {@link CoreMission}).
 */
public final class Proj01 {

    private Proj01() {
    }

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("PROJ-01")
            .title("Structurer l'offre de second recours", "Structure the second-line offer")
            .statement("Le projet de santé comprend la mission socle « Structurer l'offre de second recours » (SECOND_LINE_STRUCTURING). Une modification du projet ne "
                    + "peut pas la retirer.",
                    "The health project contains the core mission \"Structure the second-line offer\" (SECOND_LINE_STRUCTURING). An amendment cannot "
                    + "remove it.")
            .references(CoreMission.REFERENCES)
            .at(BLOCKING, LABEL, AMEND)
            .factKeys(List.of("missions"))
            .messages(CoreMission.templates(Mission.SECOND_LINE_STRUCTURING))
            .build();

    /** PROJ-01, its editions: the health project declares SECOND_LINE_STRUCTURING. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, CoreMission.declares(Mission.SECOND_LINE_STRUCTURING));
}
