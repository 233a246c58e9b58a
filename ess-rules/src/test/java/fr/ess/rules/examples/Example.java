package fr.ess.rules.examples;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One row of a rule's example table — « exemple »: the cells as written, with where they were written.
 * The cells are interpreted when the example runs ({@link ExampleRunner}), so that an unknown change fails
 * the example that uses it, with its file and line.
 *
 * @param ruleId the rule the table is about (its file name)
 * @param where {@code file:line}, for error messages
 * @param name the example's name
 * @param base the named base dossier
 * @param changes the changes applied to the base, separated by {@code ;}
 * @param asOf the evaluation date (the command's date for a lifecycle step)
 * @param checkpoint the checkpoint
 * @param context the context items, separated by {@code ;}
 * @param outcome the expected outcome ({@code no result} when the rule is not evaluated)
 * @param severity the expected effective severity
 * @param edition the expected edition (empty: not checked)
 * @param keyFacts the expected facts, separated by {@code ;}
 * @param cells the row's cells as written, in the file's column order (for RULES.md)
 */
public record Example(String ruleId, String where, String name, String base, String changes, String asOf,
        String checkpoint, String context, String outcome, String severity, String edition, String keyFacts,
        Seq<String> cells) {

    /** Checks the fields are present. */
    public Example {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(cells, "cells");
    }

    /** @return the display name of its test, {@code RULE-ID: example name} */
    public String displayName() {
        return ruleId + ": " + name;
    }
}
