package fr.ess.rules.context;

import fr.ess.core.project.CommuneCode;
import io.vavr.control.Option;

/**
 * Zone list port — « zonage des zones sous-denses »: whether a commune is in an under-served zone
 * (« zone d'intervention prioritaire », ZIP, or « zone d'action complémentaire », ZAC, defined by each
 * ARS). Used by PROJ-03. Implemented by callers, or filled with {@link ZipSet}.
 *
 * <p>A caller that only knows the ZIP implements {@link #contains}; every commune it contains is then a
 * {@link ZoneKind#ZIP}. A caller that knows both kinds overrides {@link #zone} too.
 */
@FunctionalInterface
public interface ZipList {

    /**
     * @param commune an INSEE commune code
     * @return whether the commune is in an under-served zone of the list (ZIP or ZAC)
     */
    boolean contains(CommuneCode commune);

    /**
     * The kind of zone a commune lies in.
     *
     * @param commune an INSEE commune code
     * @return its zone kind; none when the list does not contain it. By default {@link ZoneKind#ZIP} for
     *     every commune the list contains
     */
    default Option<ZoneKind> zone(CommuneCode commune) {
        return contains(commune) ? Option.some(ZoneKind.ZIP) : Option.none();
    }
}
