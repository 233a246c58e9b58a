package fr.ess.rules.examples;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import fr.ess.rules.engine.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A rule's example table — « table d'exemples »: one Markdown file per rule, named after the rule
 * ({@code COMP-06.md}), with a title line, an introduction and one or more tables whose header is
 * {@link #COLUMNS} (in this order; {@code edition} may be left out). The format and the vocabulary of the
 * cells are described in {@code rule-examples/README.md}.
 *
 * @param file the file
 * @param ruleId the rule ID (the file name without {@code .md})
 * @param intro the introduction (the prose between the title and the first table), one paragraph
 * @param header the columns as written
 * @param examples the rows
 */
public record ExampleTable(Path file, String ruleId, String intro, Seq<String> header, Seq<Example> examples) {

    /** The columns of an example table, in order. */
    public static final Seq<String> COLUMNS = List.of("example", "base", "changes", "as of", "checkpoint", "context",
            "outcome", "severity", "edition", "key facts");

    /** Checks the fields are present. */
    public ExampleTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(examples, "examples");
    }

    /**
     * Every example table of a directory ({@code *.md} files except {@code README.md}), sorted by file name.
     *
     * @param directory the directory
     * @return the tables
     * @throws ExampleError when a file is malformed (with its file and line)
     */
    public static Seq<ExampleTable> readAll(Path directory) {
        return files(directory).map(ExampleTable::read);
    }

    /**
     * Every example table of a directory, a malformed file giving its error instead of failing the others.
     *
     * @param directory the directory
     * @return per file, sorted by name, its error or its table
     */
    public static Seq<Either<Tuple2<Path, ExampleError>, ExampleTable>> readAllLenient(Path directory) {
        return files(directory).map(f -> {
            try {
                return Either.right(read(f));
            } catch (ExampleError e) {
                return Either.left(Tuple.of(f, e));
            }
        });
    }

    private static Seq<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return List.ofAll(files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one table file.
     *
     * @param file the file
     * @return the table
     * @throws ExampleError when the file is malformed (with its file and line)
     */
    public static ExampleTable read(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the text of a table file.
     *
     * @param file the file (its name gives the rule ID; used in messages)
     * @param text its text
     * @return the table
     * @throws ExampleError when the text is malformed (with its file and line)
     */
    public static ExampleTable parse(Path file, String text) {
        String name = file.getFileName().toString();
        String ruleId = name.substring(0, name.length() - ".md".length());
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].startsWith("# " + ruleId)) {
            throw new ExampleError(name + ":1", "the file must start with the title line '# " + ruleId + " — …'");
        }
        StringBuilder intro = new StringBuilder();
        Seq<String> header = List.empty();
        List<Example> examples = List.empty();
        boolean inTable = false;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = name + ":" + (i + 1);
            if (!line.startsWith("|")) {
                inTable = false;
                if (header.isEmpty() && !line.isEmpty() && !line.startsWith("#")) {
                    intro.append(intro.length() == 0 ? "" : " ").append(line);
                }
                continue;
            }
            Seq<String> cells = cells(line, where);
            if (!inTable) {
                header = checkHeader(cells, where);
                if (i + 1 >= lines.length || !lines[i + 1].strip().matches("\\|( *:?-{3,}:? *\\|)+")) {
                    throw new ExampleError(name + ":" + (i + 2), "the header must be followed by a line '| --- | … |'");
                }
                i++;
                inTable = true;
                continue;
            }
            if (cells.size() != header.size()) {
                throw new ExampleError(where, "the row has " + cells.size() + " cells, the header " + header.size());
            }
            examples = examples.append(example(ruleId, where, header, cells));
        }
        if (examples.isEmpty()) {
            throw new ExampleError(name, "no example: the file needs a table whose header is | "
                    + COLUMNS.mkString(" | ") + " |");
        }
        return new ExampleTable(file, ruleId, intro.toString(), header, examples);
    }

    private static Seq<String> checkHeader(Seq<String> cells, String where) {
        Seq<String> expected = cells.contains("edition") ? COLUMNS : COLUMNS.remove("edition");
        if (!cells.equals(expected)) {
            throw new ExampleError(where, "the header must be | " + COLUMNS.mkString(" | ")
                    + " | (edition may be left out), not | " + cells.mkString(" | ") + " |");
        }
        return cells;
    }

    private static Example example(String ruleId, String where, Seq<String> header, Seq<String> cells) {
        String name = cell(header, cells, "example");
        if (name.isEmpty()) {
            throw new ExampleError(where, "the example has no name");
        }
        return new Example(ruleId, where, name, cell(header, cells, "base"), cell(header, cells, "changes"),
                cell(header, cells, "as of"), cell(header, cells, "checkpoint"), cell(header, cells, "context"),
                cell(header, cells, "outcome"), cell(header, cells, "severity"), cell(header, cells, "edition"),
                cell(header, cells, "key facts"), cells);
    }

    private static String cell(Seq<String> header, Seq<String> cells, String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            return "";
        }
        String value = cells.get(i);
        return value.equals("—") || value.equals("-") ? "" : value;
    }

    /**
     * The examples of each rule as {@code RULES.md} shows them under the rule's sheet: a heading
     * « Exemples (n) », the introduction and the table, in Markdown.
     *
     * @param tables the tables
     * @return the Markdown of a rule's examples, if it has a table
     */
    public static Function<RuleId, Option<String>> forDocument(Seq<ExampleTable> tables) {
        Map<String, String> byRule = tables.toMap(ExampleTable::ruleId, ExampleTable::markdown);
        return id -> byRule.get(id.value());
    }

    /**
     * The examples in Markdown, as {@code RULES.md} shows them: one table; when some of the file's tables have
     * the optional {@code edition} column, the rows of the others show an empty edition ({@code —}).
     *
     * @return the Markdown
     */
    public String markdown() {
        Seq<String> withEdition = List.of("example", "base", "changes", "as of", "checkpoint", "context", "outcome",
                "severity", "edition", "key facts");
        Seq<String> columns = examples.exists(e -> e.cells().size() == withEdition.size()) ? withEdition : header;
        Seq<Seq<String>> rows = examples.map(e -> e.cells().size() < columns.size()
                ? e.cells().insert(withEdition.indexOf("edition"), "") : e.cells());
        return "#### Exemples (" + examples.size() + ")\n\n" + intro + "\n\n" + row(columns) + "\n"
                + row(columns.map(h -> "---")) + "\n" + rows.map(ExampleTable::row).mkString("\n");
    }

    private static String row(Seq<String> cells) {
        return cells.map(c -> c.isEmpty() ? "—" : c.replace("|", "\\|")).mkString("| ", " | ", " |");
    }

    /** The cells of a table line: split on {@code |} (not on {@code \|}, which is a literal bar), trimmed. */
    static Seq<String> cells(String line, String where) {
        if (!line.endsWith("|") || line.length() < 2) {
            throw new ExampleError(where, "a table line must start and end with '|'");
        }
        List<String> cells = List.empty();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells = cells.append(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }
}
