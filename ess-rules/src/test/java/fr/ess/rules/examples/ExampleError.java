package fr.ess.rules.examples;

/**
 * A malformed example table or an example that cannot be read — « exemple illisible »: a test failure
 * that names the file and the line (an unknown change, a missing column, a date that is not a date).
 */
public final class ExampleError extends AssertionError {

    private static final long serialVersionUID = 1L;

    /**
     * @param where {@code file:line}
     * @param message what is wrong
     */
    public ExampleError(String where, String message) {
        super(where + ": " + message);
    }
}
