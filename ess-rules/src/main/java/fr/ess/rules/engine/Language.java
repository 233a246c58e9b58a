package fr.ess.rules.engine;

/** The language of titles and messages — « langue ». French is the default everywhere. */
public enum Language {
    /** Français (default). */
    FR,
    /** English. */
    EN
}
