package fr.ess.examples.json;

import static fr.ess.examples.json.Reads.KEY;
import static fr.ess.examples.json.Reads.all;
import static fr.ess.examples.json.Reads.distinctArrayOf;
import static fr.ess.examples.json.Reads.enumOf;
import static fr.ess.examples.json.Reads.object;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.problem.Problem;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Reads the registry format of docs/formats.md — « lecture du répertoire des ESS »:
 * {@code {"formatVersion": 1, "ess": [{"id", "specialty", "territory", "state"}]}} into a
 * {@link RegistryIndex} (used by TERR-02).
 *
 * <p>Every problem is reported at its JSON path, as for a dossier; an ESS id listed twice is DUPLICATE
 * (interpretation: two entries for one ESS would make TERR-02 name it twice, and are a copy error).
 */
public final class RegistryReader {

    private static final Seq<String> REGISTRY_FIELDS = List.of("formatVersion", "ess");
    private static final Seq<String> ENTRY_FIELDS = List.of("id", "specialty", "territory", "state");

    private final DossierReader dossiers;

    /**
     * A reader of registries.
     *
     * @param dossiers the reader whose specialty and territory readers are used
     */
    public RegistryReader(DossierReader dossiers) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
    }

    /**
     * Reads a registry file's tree.
     *
     * @param root the document
     * @return the index, or every problem
     */
    public Validation<Seq<Problem>, RegistryIndex> read(JsonNode root) {
        Read<RegisteredEss> entry = object(ENTRY_FIELDS, o -> all(Validation.combine(
                o.required("id", KEY),
                o.required("specialty", dossiers.specialty()),
                o.required("territory", dossiers.territory()),
                o.required("state", enumOf(EssState.class))).ap(RegisteredEss::new)));
        return object(REGISTRY_FIELDS, o -> all(Validation.combine(
                DossierReader.formatVersion(o, true),
                o.required("ess", distinctArrayOf(entry, RegisteredEss::id, "ESS"))
        ).ap((version, entries) -> RegistryIndex.of(entries)))).read(root, JsonPath.ROOT);
    }
}
