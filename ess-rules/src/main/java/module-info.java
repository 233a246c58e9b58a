/**
 * ESS rules: the rule engine, the national catalogue of rules with their legal sources, time-versioned
 * parameters, regional frameworks (« cadres régionaux »), the lifecycle of an ESS and its ledger.
 */
module fr.ess.rules {
    requires transitive fr.ess.core;
    requires static org.immutables.value.annotations;

    exports fr.ess.rules.engine;
    exports fr.ess.rules.reference;
    exports fr.ess.rules.context;
    exports fr.ess.rules.context.rpps;
    exports fr.ess.rules.parameter;
    exports fr.ess.rules.national;
    exports fr.ess.rules.regional;
    exports fr.ess.rules.catalogue;
    exports fr.ess.rules.lifecycle;
    exports fr.ess.rules.render;

    uses fr.ess.rules.regional.RegionalFramework;
}
