/**
 * Export of designs and results: PNG, SVG and PDF drawn by {@code render}'s single rendering, draw.io XML and Mermaid
 * text for other tools, a run's figures as CSV and JSON, and atomic file writing. {@link
 * org.archsim.app.export.DesignExport} is the entry point; {@code docs/export.md} documents every mapping.
 */
package org.archsim.app.export;
