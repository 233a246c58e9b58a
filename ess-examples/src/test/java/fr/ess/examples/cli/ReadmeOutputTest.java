package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.examples.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's console sessions « from examples/ » are true — « le README dit vrai »: each command
 * {@code $ java -jar ../ess-examples/target/ess-cli.jar …} is run in process on the files of the repository's
 * {@code examples/}, and what the README shows after it must be what the command prints: every shown line, in
 * order, among the printed lines (a line ending with {@code …} is a prefix, a line {@code …} alone stands for
 * lines left out), and the exit code of the {@code $ echo $?} that follows. The README's samples went stale
 * once, unnoticed, when the rule editions added a column.
 */
class ReadmeOutputTest {

    private static final Pattern CONSOLE = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL);
    private static final String FROM_EXAMPLES = "$ java -jar ../ess-examples/target/ess-cli.jar ";
    private static final String ELLIPSIS = "…";

    /**
     * One command of the README and what the README shows of its run.
     *
     * @param args the arguments after the jar, files of {@code examples/} made absolute
     * @param shown the lines the README shows after the command
     * @param exit the exit code shown by the {@code $ echo $?} that follows, or -1 when none is shown
     */
    record Session(List<String> args, List<String> shown, int exit) {
        @Override
        public String toString() {
            return String.join(" ", args.stream().map(a -> a.contains("/") ? Path.of(a).getFileName().toString() : a)
                    .toList());
        }
    }

    static Stream<Session> sessions() throws IOException {
        Path examples = RepositoryFiles.root().resolve("examples");
        List<Session> sessions = new ArrayList<>();
        Matcher block = CONSOLE.matcher(RepositoryFiles.read("README.md"));
        while (block.find()) {
            List<String> lines = List.of(block.group(1).split("\n"));
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith(FROM_EXAMPLES)) {
                    continue;
                }
                StringBuilder command = new StringBuilder(lines.get(i).substring(FROM_EXAMPLES.length()));
                while (command.toString().endsWith("\\")) { // a command continued on the next line
                    command.setLength(command.length() - 1);
                    command.append(' ').append(lines.get(++i).strip());
                }
                List<String> shown = new ArrayList<>();
                int exit = -1;
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).startsWith("$ ")) {
                    shown.add(lines.get(j++));
                }
                if (j + 1 < lines.size() && lines.get(j).equals("$ echo $?")) {
                    exit = Integer.parseInt(lines.get(j + 1).strip());
                }
                List<String> args = Stream.of(command.toString().strip().split("\\s+"))
                        .map(a -> Files.isRegularFile(examples.resolve(a)) ? examples.resolve(a).toString() : a).toList();
                sessions.add(new Session(args, shown, exit));
            }
        }
        return sessions.stream();
    }

    @Test
    @DisplayName("le README montre des commandes lancées depuis examples/ (le test a de quoi vérifier)")
    void theReadmeHasSessionsToCheck() throws IOException {
        assertThat(sessions().toList()).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(s -> !s.shown().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    @DisplayName("ce que le README montre d'une commande est ce qu'elle affiche, dans l'ordre, avec son code de sortie")
    void whatTheReadmeShowsIsWhatTheCommandPrints(Session session) {
        Cli.Result result = Cli.run(session.args().toArray(String[]::new));

        if (session.exit() >= 0) {
            assertThat(result.exit()).as("exit code; stderr: %s", result.err()).isEqualTo(session.exit());
        }
        List<String> printed = List.of(result.out().split("\n"));
        int at = 0;
        for (String line : session.shown()) {
            if (line.strip().equals(ELLIPSIS)) {
                continue;
            }
            boolean prefix = line.endsWith(ELLIPSIS);
            String expected = prefix ? line.substring(0, line.length() - ELLIPSIS.length()).stripTrailing() : line.stripTrailing();
            int found = -1;
            for (int k = at; k < printed.size() && found < 0; k++) {
                String actual = printed.get(k).stripTrailing();
                if (prefix ? actual.startsWith(expected) : actual.equals(expected)) {
                    found = k;
                }
            }
            assertThat(found).as("the README's line %n%s%n is printed after line %s of:%n%s", line, at, result.out())
                    .isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }
}
