package fr.ess.examples.json;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Identifier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EventInvariants;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.team.LegalStructure;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The warnings of {@code --lenient-check-digits} — « clés de contrôle acceptées »: under
 * {@link fr.ess.core.identity.CheckKeyPolicy#LENIENT} a well-formed identifier whose check key fails is
 * accepted (the keys of RPPS, ADELI and FINESS are observed conventions, not published rules), and each
 * one is reported as a warning at the JSON path it was read from.
 */
public final class LenientCheckDigits {

    private LenientCheckDigits() {
    }

    /**
     * The identifiers of a dossier file whose check key fails.
     *
     * @param dossier a dossier read from a file
     * @return a CHECK_DIGIT warning per such identifier ({@code $.members[3].id.value},
     *     {@code $.legalStructure.identifier})
     */
    public static Seq<Problem> of(Dossier dossier) {
        return of(dossier, JsonPath.ROOT);
    }

    /**
     * The identifiers of a scenario file whose check key fails: in its dossier and in its commands.
     *
     * @param scenario a scenario read from a file
     * @return a CHECK_DIGIT warning per such identifier ({@code $.dossier.members[0].id.value},
     *     {@code $.commands[4].member.id.value}, {@code $.commands[5].member.value})
     */
    public static Seq<Problem> of(Scenario scenario) {
        return of(scenario.dossier(), JsonPath.field(JsonPath.ROOT, "dossier"))
                .appendAll(scenario.commands().zipWithIndex().flatMap(c -> {
                    String member = JsonPath.field(JsonPath.index(JsonPath.field(JsonPath.ROOT, "commands"), c._2), "member");
                    return memberOf(c._1).map(id -> warning(id, JsonPath.field(JsonPath.field(member, "id"), "value")))
                            .orElse(() -> EventInvariants.memberTarget(c._1).map(id -> warning(id, JsonPath.field(member, "value"))))
                            .toList().flatMap(w -> w);
                }));
    }

    private static Seq<Problem> of(Dossier dossier, String path) {
        String members = JsonPath.field(path, "members");
        return dossier.members().zipWithIndex()
                .flatMap(m -> warning(m._1.id(),
                        JsonPath.field(JsonPath.field(JsonPath.index(members, m._2), "id"), "value")))
                .appendAll(dossier.legalStructure().map(LegalStructure::identifier).toList()
                        .flatMap(id -> warning(id, JsonPath.field(JsonPath.field(path, "legalStructure"), "identifier"))));
    }

    private static Option<Identifier> memberOf(Command command) {
        return command instanceof Command.AddMember add ? Option.of(add.member().id()) : Option.none();
    }

    private static Seq<Problem> warning(Identifier id, String path) {
        return id.checkKeyValid()
                ? List.empty()
                : List.of(Problem.at(path, ProblemKind.CHECK_DIGIT, id.scheme() + " check digit is wrong for '"
                        + id.value() + "' (accepted by --lenient-check-digits)"));
    }
}
