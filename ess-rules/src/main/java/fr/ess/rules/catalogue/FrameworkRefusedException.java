package fr.ess.rules.catalogue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A regional framework refused by the catalogue — « cadre régional refusé »: thrown by
 * {@link Catalogue#discoverOrThrow()} (or by {@code Catalogue.discover().toEither().getOrElseThrow(FrameworkRefusedException::new)})
 * so that the reasons reach whoever reads the failure, instead of a {@code NoSuchElementException} without
 * them. Its message lists every reason, each naming its framework.
 */
public final class FrameworkRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reasons, as text (serializable: a Vavr sequence of strings). */
    private final String[] reasons;

    /**
     * The failure of a catalogue refused for these reasons.
     *
     * @param reasons why the frameworks are refused (their text is what the exception says)
     */
    public FrameworkRefusedException(Iterable<?> reasons) {
        super(message(texts(reasons)));
        this.reasons = texts(reasons).toJavaArray(String[]::new);
    }

    private static Seq<String> texts(Iterable<?> reasons) {
        return List.ofAll(reasons).map(String::valueOf);
    }

    private static String message(Seq<String> reasons) {
        return (reasons.size() == 1 ? "regional framework refused: " : reasons.size() + " reasons to refuse the regional frameworks: ")
                + reasons.mkString("; ");
    }

    /** @return every reason, in the catalogue's order */
    public Seq<String> reasons() {
        return List.of(reasons);
    }
}
