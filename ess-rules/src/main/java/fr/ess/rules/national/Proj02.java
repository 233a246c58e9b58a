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
 * PROJ-02 — core mission, part 2: access to a specialist opinion — « Faciliter l'accès à un avis spécialisé » (the core mission, « mission socle », {@link CoreMission}).
 */
public final class Proj02 {

    private Proj02() {
    }

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("PROJ-02")
            .title("Faciliter l'accès à un avis spécialisé", "Facilitate access to a specialist opinion")
            .statement("Le projet de santé comprend la mission socle « Faciliter l'accès à un avis spécialisé » (SPECIALIST_OPINION_ACCESS). Une modification du projet ne "
                    + "peut pas la retirer.",
                    "The health project contains the core mission \"Facilitate access to a specialist opinion\" (SPECIALIST_OPINION_ACCESS). An amendment cannot "
                    + "remove it.")
            .references(CoreMission.REFERENCES)
            .at(BLOCKING, LABEL, AMEND)
            .factKeys(List.of("missions"))
            .messages(CoreMission.templates(Mission.SPECIALIST_OPINION_ACCESS))
            .build();

    /** PROJ-02, its editions: the health project declares SPECIALIST_OPINION_ACCESS. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, CoreMission.declares(Mission.SPECIALIST_OPINION_ACCESS));
}
