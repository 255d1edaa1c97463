/**
 * One rendering of a design: {@link org.archsim.app.export.render.DiagramRenderer} lays out cards and routes links,
 * then draws through the small {@link org.archsim.app.export.render.DrawSurface} interface, which has a Java2D target
 * (PNG, SVG, PDF) and a JavaFX canvas target. Also themes, icons (from {@code assets/icons/<kind>.svg} with built-in
 * fallbacks) and an SVG path-data parser.
 */
package org.archsim.app.export.render;
