/**
 * The walkthrough — « visite guidée »: a short program that shows the public API from a dossier to its
 * dissolution. Copy it into your application.
 */
package fr.ess.examples.walkthrough;
