package fr.ess.examples.cli;

import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.lifecycle.Run;

/** The exit codes of docs/formats.md — « codes de sortie », a public contract. */
final class ExitCode {

    /** Conclusively admissible (validate), every command accepted and every step conclusive (replay), catalogue printed. */
    static final int OK = 0;
    /** A BLOCKING rule is VIOLATED (validate), a command was refused (replay). */
    static final int REFUSED = 1;
    /** Bad input: every error is listed on standard error with its path. */
    static final int BAD_INPUT = 2;
    /** No BLOCKING violation, but a BLOCKING rule is NOT_EVALUABLE (validate) or a step is not conclusive (replay). */
    static final int NOT_CONCLUSIVE = 3;
    /**
     * The run failed for a reason other than its input — « échec d'exécution »: the output could not be
     * written (full disk, closed pipe, device error: the report is incomplete), the Java heap was exhausted,
     * or an internal error (a defect to report). Never 2: the input may be fine.
     */
    static final int FAILURE = 4;

    private ExitCode() {
    }

    static int of(Evaluation evaluation) {
        return of(evaluation.admissible(), evaluation.conclusive());
    }

    static int of(Run run) {
        return of(run.allAccepted(), run.allConclusive());
    }

    private static int of(boolean accepted, boolean conclusive) {
        return !accepted ? REFUSED : conclusive ? OK : NOT_CONCLUSIVE;
    }
}
