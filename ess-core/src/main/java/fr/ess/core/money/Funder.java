package fr.ess.core.money;

import java.util.Comparator;
import java.util.Objects;

/**
 * A funder — « financeur » of an ESS: a body that grants money to the team (the {@code GRANT}
 * command), identified by a caller-chosen id ({@code "ARS-CVL"}, {@code "CPAM-37"}) and a
 * {@link FunderKind} (ARS, CPAM, local authority…). Values of {@code funder} in the interchange
 * files ({@code docs/formats.md}).
 *
 * <p>Ordered by id (plain code-point order, as restitutions are listed), then kind; equal when both
 * are.
 */
public final class Funder implements Comparable<Funder> {

    private static final Comparator<String> ID_ORDER = Funder::compareIds;
    private static final Comparator<Funder> ORDER = Comparator.comparing(Funder::id, ID_ORDER).thenComparing(Funder::kind);

    private final String id;
    private final FunderKind kind;

    private Funder(String id, FunderKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /**
     * A funder.
     *
     * @param id the funder's id, not blank, e.g. {@code "ARS-CVL"}
     * @param kind its kind
     * @return the funder
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Funder of(String id, FunderKind kind) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a funder id must not be blank");
        }
        return new Funder(id, kind);
    }

    /** @return the id, never blank, e.g. {@code "ARS-CVL"} */
    public String id() {
        return id;
    }

    /** @return the kind, e.g. {@link FunderKind#ARS} */
    public FunderKind kind() {
        return kind;
    }

    /**
     * The order of funder ids — plain code-point order ({@code docs/formats.md}: « sorted by funder id (plain
     * code-point order) »), in which the ledger lists funders and restitutions. It differs from
     * {@link String#compareTo}, which compares UTF-16 chars, for characters above U+FFFF.
     *
     * @return the comparator of ids
     */
    public static Comparator<String> idOrder() {
        return ID_ORDER;
    }

    private static int compareIds(String a, String b) {
        if (a.equals(b)) { // the usual case of a ledger's lookups, without walking the code points
            return 0;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Orders by id ({@link #idOrder()}), then kind. */
    @Override
    public int compareTo(Funder o) {
        return ORDER.compare(this, o);
    }

    /** Equal when the ids and the kinds are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Funder f && id.equals(f.id) && kind == f.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind);
    }

    /** @return the id and the kind, e.g. {@code ARS-CVL (ARS)} */
    @Override
    public String toString() {
        return id + " (" + kind + ")";
    }
}
