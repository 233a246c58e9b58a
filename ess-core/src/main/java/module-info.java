/**
 * ESS core: the immutable value types of an « équipe de soins spécialisés » dossier.
 *
 * <p>Depends on Vavr only at run time; Immutables is a compile-time annotation processor.
 */
module fr.ess.core {
    requires transitive io.vavr;
    requires static org.immutables.value.annotations;

    exports fr.ess.core.problem;
    exports fr.ess.core.code;
    exports fr.ess.core.identity;
    exports fr.ess.core.geography;
    exports fr.ess.core.profession;
    exports fr.ess.core.money;
    exports fr.ess.core.team;
    exports fr.ess.core.project;
    exports fr.ess.core.dossier;
    exports fr.ess.core.lifecycle;
}
