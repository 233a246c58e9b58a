package fr.ess.rules.engine;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The message of a result — « message »: a {@link Template} and its arguments, or several messages joined.
 * The French and English texts are rendered only when read ({@link #in}, {@link #fr()}, {@link #en()}):
 * renderers and writers read them, the evaluation never formats a string. Two messages are equal when they
 * read the same in both languages.
 */
public final class Message {

    private final Template template; // null when joined
    private final Facts args;
    private final Seq<Message> parts; // null unless joined

    private Message(Template template, Facts args, Seq<Message> parts) {
        this.template = template;
        this.args = args;
        this.parts = parts;
    }

    /**
     * A message from a template.
     *
     * @param template the template
     * @param args its arguments, by placeholder name
     * @return the message
     */
    public static Message of(Template template, Facts args) {
        return new Message(Objects.requireNonNull(template, "template"), Objects.requireNonNull(args, "args"), null);
    }

    /**
     * A constant message (a template without placeholder).
     *
     * @param template the template
     * @return the message
     */
    public static Message of(Template template) {
        return of(template, Facts.none());
    }

    /**
     * A constant text as a message.
     *
     * @param text the text
     * @return the message
     */
    public static Message of(Text text) {
        return of(Template.of("", text.fr().replace("{", "{{}"), text.en().replace("{", "{{}")));
    }

    /**
     * Messages joined: {@code " ; "} in French, {@code "; "} in English.
     *
     * @param parts the messages
     * @return the message
     */
    public static Message joined(Seq<Message> parts) {
        return new Message(null, Facts.none(), Objects.requireNonNull(parts, "parts"));
    }

    /** @return the template key ({@code ""} for a constant text or a joined message) */
    public String key() {
        return template == null ? "" : template.key();
    }

    /** @return the arguments ({@link Facts#none()} for a joined message) */
    public Facts args() {
        return args;
    }

    /**
     * Renders the message.
     *
     * @param language the language
     * @return the text
     */
    public String in(Language language) {
        if (template != null) {
            return template.render(language, args);
        }
        return parts.map(p -> p.in(language)).mkString(language == Language.FR ? " ; " : "; ");
    }

    /** @return the French text */
    public String fr() {
        return in(Language.FR);
    }

    /** @return the English text */
    public String en() {
        return in(Language.EN);
    }

    /** @return both texts */
    public Text text() {
        return Text.of(fr(), en());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && fr().equals(m.fr()) && en().equals(m.en());
    }

    @Override
    public int hashCode() {
        return Objects.hash(fr(), en());
    }

    @Override
    public String toString() {
        return fr();
    }
}
