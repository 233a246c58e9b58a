package fr.ess.rules.context;

import fr.ess.core.project.CommuneCode;

/**
 * ZIP port — « zones d'intervention prioritaire »: whether a commune is in a priority intervention zone
 * (defined by each ARS). Used by PROJ-03. Implemented by callers, or filled with {@link ZipSet}.
 */
@FunctionalInterface
public interface ZipList {

    /**
     * @param commune an INSEE commune code
     * @return whether the commune is in a ZIP
     */
    boolean contains(CommuneCode commune);
}
