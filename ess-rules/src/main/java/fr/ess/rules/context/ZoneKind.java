package fr.ess.rules.context;

/**
 * The kind of an under-served zone — « zone sous-dense » — of a zone list, as each ARS defines them under
 * CSP art. L. 1434-4 (rule PROJ-03). The names are the values of the {@code zone} column of the zone list.
 */
public enum ZoneKind {
    /** « Zone d'intervention prioritaire » (ZIP): the most under-served zones. */
    ZIP,
    /** « Zone d'action complémentaire » (ZAC): under-served zones of the second tier. */
    ZAC
}
