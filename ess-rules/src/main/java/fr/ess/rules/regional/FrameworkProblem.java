package fr.ess.rules.regional;

import java.util.Objects;

/**
 * Why a regional framework is refused — « motif de refus d'un cadre régional »: the framework's code, the
 * kind of problem (for programs) and a message naming the framework (for people). Its {@link #toString()}
 * is the message.
 *
 * @param framework the code of the framework refused
 * @param kind the kind of problem
 * @param message the message, starting with the framework's code
 */
public record FrameworkProblem(String framework, Kind kind, String message) {

    /** The kinds of problem: every way a framework can break « extend, never weaken ». */
    public enum Kind {
        /** Two frameworks have the same code. */
        DUPLICATE_CODE,
        /** The code is not 2 to 8 capital letters. */
        MALFORMED_CODE,
        /** The code is the prefix of a national area (COMP, TERR, …). */
        NATIONAL_PREFIX,
        /** A rule reuses a national rule ID. */
        NATIONAL_ID_REUSED,
        /** A rule ID is defined twice. */
        DUPLICATE_RULE,
        /** A rule ID is not prefixed with the framework's code. */
        WRONG_PREFIX,
        /** A rule's metadata names another framework. */
        WRONG_FRAMEWORK,
        /** A parameter version names a parameter the nation does not have. */
        UNKNOWN_PARAMETER,
        /** A parameter version sets a parameter that only the nation may set ({@code targetShareDelayYears}). */
        NATIONAL_ONLY_PARAMETER,
        /** A parameter version's source is not the framework's code. */
        WRONG_SOURCE,
        /** A parameter version is in force when no national version is. */
        NO_NATIONAL_VERSION,
        /** A parameter version relaxes a national value. */
        RELAXED_PARAMETER,
        /** Two versions of one parameter of the framework overlap. */
        OVERLAPPING_VERSIONS
    }

    /** Checks the fields are present. */
    public FrameworkProblem {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
