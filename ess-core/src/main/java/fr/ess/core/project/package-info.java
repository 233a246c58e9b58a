/**
 * The health project — « projet de santé »: missions, actions and the budget lines that finance them.
 */
package fr.ess.core.project;
