/**
 * What the report's HTML templates draw: tables of text and charts already laid out, in SVG user units. Public
 * only because the compiled templates live in a package of their own; internal to the report, not an API.
 */
package nl.contractrules.report.view;
