package fr.ess.rules.render;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.EssState;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.engine.Text;

/**
 * The words of the reports in French and English — « vocabulaire ». Enum values are shown as the word
 * followed by the enum name in parentheses ({@code non respectée (VIOLATED)}), so that a reader can
 * grep the names of the public contract in any language.
 */
final class Words {

    private Words() {
    }

    // labels shared by several reports
    static final Text RULE = Text.of("Règle", "Rule");
    static final Text FRAMEWORK = Text.of("Cadre", "Framework");
    static final Text EDITION = Text.of("Édition", "Edition");
    static final Text OUTCOME = Text.of("Résultat", "Outcome");
    static final Text SEVERITY = Text.of("Gravité", "Severity");
    static final Text TITLE = Text.of("Intitulé", "Title");
    static final Text MESSAGE = Text.of("Message", "Message");
    static final Text FACTS = Text.of("Faits", "Facts");
    static final Text CHECKPOINT = Text.of("Point de contrôle", "Checkpoint");
    static final Text NONE = Text.of("aucun", "none");
    /** The content of an empty cell or field. */
    static final String EMPTY = "—";

    /**
     * @param outcome an outcome
     * @param language the language
     * @return e.g. {@code non respectée (VIOLATED)}
     */
    static String outcome(Outcome outcome, Language language) {
        return named(outcomeWord(outcome).in(language), outcome);
    }

    private static Text outcomeWord(Outcome outcome) {
        return switch (outcome) {
            case SATISFIED -> Text.of("satisfaite", "satisfied");
            case VIOLATED -> Text.of("non respectée", "violated");
            case NOT_APPLICABLE -> Text.of("sans objet", "not applicable");
            case NOT_EVALUABLE -> Text.of("non évaluable", "not evaluable");
        };
    }

    /**
     * @param severity a severity
     * @param language the language
     * @return e.g. {@code bloquante (BLOCKING)}
     */
    static String severity(Severity severity, Language language) {
        return named(severityWord(severity).in(language), severity);
    }

    private static Text severityWord(Severity severity) {
        return switch (severity) {
            case BLOCKING -> Text.of("bloquante", "blocking");
            case WARNING -> Text.of("avertissement", "warning");
            case INFO -> Text.of("information", "information");
        };
    }

    /**
     * @param checkpoint a checkpoint
     * @param language the language
     * @return e.g. {@code LABEL (labellisation)}
     */
    static String checkpoint(CommandType checkpoint, Language language) {
        return checkpoint.name() + " (" + checkpointWord(checkpoint).in(language) + ")";
    }

    /**
     * @param type a command type
     * @param language the language
     * @return e.g. {@code GRANT (financement)}: a command type is named like its checkpoint
     */
    static String command(CommandType type, Language language) {
        return checkpoint(type, language);
    }

    private static Text checkpointWord(CommandType checkpoint) {
        return switch (checkpoint) {
            case LABEL -> Text.of("labellisation", "labelling");
            case GRANT -> Text.of("financement", "funding");
            case SPEND -> Text.of("dépense", "spending");
            case ADD_MEMBER -> Text.of("ajout d'un membre", "member joins");
            case REMOVE_MEMBER -> Text.of("départ d'un membre", "member leaves");
            case PAUSE_MEMBER -> Text.of("pause d'un membre", "member pauses");
            case RESUME_MEMBER -> Text.of("reprise d'un membre", "member resumes");
            case CHANGE_TERRITORY -> Text.of("changement de territoire", "territory change");
            case AMEND -> Text.of("évolution du projet ou du budget", "project or budget amendment");
            case DISSOLVE -> Text.of("dissolution", "dissolution");
            case GRANT_DEROGATION -> Text.of("octroi d'une dérogation", "derogation granted");
        };
    }

    /**
     * @param state a lifecycle state
     * @param language the language
     * @return e.g. {@code FUNDED (financée)}
     */
    static String state(EssState state, Language language) {
        return state.name() + " (" + stateWord(state).in(language) + ")";
    }

    private static Text stateWord(EssState state) {
        return switch (state) {
            case DRAFT -> Text.of("en constitution", "draft");
            case LABELLED -> Text.of("labellisée", "labelled");
            case FUNDED -> Text.of("financée", "funded");
            case DISSOLVED -> Text.of("dissoute", "dissolved");
        };
    }

    /**
     * @param value a boolean
     * @param language the language
     * @return {@code oui}/{@code non} or {@code yes}/{@code no}
     */
    static String yesNo(boolean value, Language language) {
        return (value ? Text.of("oui", "yes") : Text.of("non", "no")).in(language);
    }

    private static String named(String word, Enum<?> value) {
        return word + " (" + value.name() + ")";
    }
}
