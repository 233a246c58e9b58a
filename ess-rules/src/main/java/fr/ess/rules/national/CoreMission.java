package fr.ess.rules.national;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.project.Mission;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.LegalReference;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The core mission in two parts — « mission socle »: what PROJ-01 and PROJ-02 share (the sources and the
 * check that the health project declares one part).
 */
final class CoreMission {

    private CoreMission() {
    }

    /** The references of both parts. */
    static final Seq<LegalReference> REFERENCES = List.of(
            Sources.CONV.quote("« Coordonner et sécuriser les prises en charge dans une logique « parcours » c'est-à-dire : "
                    + "Structurer l'offre de 2nd recours et faciliter la collaboration entre acteurs du 1er, 2e et 3e "
                    + "recours ; Faciliter l'accès à un avis spécialisé via le développement de consultations ou "
                    + "téléexpertises » (mission socle)"),
            Sources.FAQ.quote("« à l'exception des missions socles … il est possible de faire évoluer le projet de santé »"));

    /**
     * The messages of a part: declared, missing.
     *
     * @param mission the part
     * @return its two templates
     */
    static Seq<Template> templates(Mission mission) {
        return List.of(Template.of(mission + ".declared", "Le projet de santé comprend la mission " + mission + ".",
                "The health project contains mission " + mission + "."),
                Template.of(mission + ".missing", "Le projet de santé ne comprend pas la mission socle " + mission + ".",
                        "The health project lacks the core mission " + mission + "."));
    }

    /**
     * The check that the health project declares a part of the core mission.
     *
     * @param mission the part
     * @return the check (facts: {@code missions}, the missions declared)
     */
    static Check<Dossier> declares(Mission mission) {
        Template declared = templates(mission).get(0);
        Template missing = templates(mission).get(1);
        return (d, ctx) -> {
            Facts facts = Facts.none().withLazy("missions",
                    () -> Fact.texts(d.healthProject().missions().toList().map(Mission::name)));
            return d.healthProject().declares(mission) ? Finding.satisfied(declared, facts)
                    : Finding.violated(missing, facts);
        };
    }
}
