/**
 * Geography — « géographie »: departments and regions of the INSEE code officiel géographique (COG),
 * shipped as a resource, and territories (sets of whole departments).
 */
package fr.ess.core.geography;
