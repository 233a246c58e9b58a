package fr.ess.rules.engine;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A message template in French and English — « modèle de message »: the text of a result with named
 * placeholders {@code {key}} filled, when the message is read, from the arguments of the result (usually
 * its facts). A rule declares its templates as constants and its check only picks one and passes the
 * arguments: no text is built while evaluating. Writing <code>&#123;&#123;&#125;</code> gives a literal brace.
 *
 * <p>An argument renders as: a number without trailing zeros ({@code 10}, {@code 10.53}; in French with a
 * decimal comma, {@code 10,53}); a text as is; a boolean as {@code oui}/{@code non} or {@code yes}/{@code no};
 * a list as its items separated by {@code ", "}; a record as {@code key=value} pairs. A placeholder with no
 * argument renders as {@code {key}} (a bug a test sees).
 *
 * @param key a stable key naming the template, e.g. {@code "COMP-06.share"}
 * @param fr the French pattern
 * @param en the English pattern
 */
public record Template(String key, String fr, String en) {

    /** Checks the fields are present and every brace is closed. */
    public Template {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
        parse(fr);
        parse(en);
    }

    /**
     * A template.
     *
     * @param key the stable key
     * @param fr the French pattern
     * @param en the English pattern
     * @return the template
     */
    public static Template of(String key, String fr, String en) {
        return new Template(key, fr, en);
    }

    /**
     * @param language a language
     * @return the pattern in that language
     */
    public String pattern(Language language) {
        return language == Language.FR ? fr : en;
    }

    /** @return the names of the placeholders of both patterns, distinct, in order of first use */
    public Seq<String> placeholders() {
        return parse(fr).appendAll(parse(en)).filter(p -> p instanceof Placeholder).map(p -> ((Placeholder) p).name())
                .distinct();
    }

    /**
     * Renders the template.
     *
     * @param language the language
     * @param args the arguments, by placeholder name
     * @return the text
     */
    public String render(Language language, Facts args) {
        String pattern = pattern(language);
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (Object part : parse(pattern)) {
            if (part instanceof Placeholder p) {
                args.get(p.name()).fold(() -> out.append('{').append(p.name()).append('}'),
                        f -> out.append(argument(f, language)));
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    /**
     * How an argument reads in a message.
     *
     * @param fact the argument
     * @param language the language
     * @return its text
     */
    static String argument(Fact fact, Language language) {
        if (fact instanceof Fact.Num n) {
            java.math.BigDecimal v = n.value().stripTrailingZeros();
            String plain = (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
            return language == Language.FR ? plain.replace('.', ',') : plain;
        }
        if (fact instanceof Fact.Str s) {
            return s.value();
        }
        if (fact instanceof Fact.Bool b) {
            return b.value() ? (language == Language.FR ? "oui" : "yes") : (language == Language.FR ? "non" : "no");
        }
        if (fact instanceof Fact.Items items) {
            return items.items().map(i -> argument(i, language)).mkString(", ");
        }
        return ((Fact.Fields) fact).fields().map(t -> t._1 + "=" + argument(t._2, language)).mkString(", ");
    }

    /** A placeholder of a pattern. */
    private record Placeholder(String name) {
    }

    /**
     * The parts of a pattern: literal texts ({@code String}) and {@link Placeholder}s.
     *
     * @throws IllegalArgumentException when a brace is not closed or a placeholder is empty
     */
    private static Seq<Object> parse(String pattern) {
        List<Object> parts = List.empty();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && pattern.startsWith("{{}", i)) {
                literal.append('{');
                i += 3;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0 || end == i + 1) {
                    throw new IllegalArgumentException("bad placeholder in template: " + pattern);
                }
                if (literal.length() > 0) {
                    parts = parts.prepend(literal.toString());
                    literal.setLength(0);
                }
                parts = parts.prepend(new Placeholder(pattern.substring(i + 1, end)));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts = parts.prepend(literal.toString());
        }
        return parts.reverse();
    }
}
