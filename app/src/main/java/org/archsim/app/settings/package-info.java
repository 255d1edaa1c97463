/**
 * What the app remembers between runs ({@link org.archsim.app.settings.AppSettings}, stored with
 * {@code java.util.prefs}) and the look it applies ({@link org.archsim.app.settings.Theme}, including the
 * colour-blind-safe palette the canvas draws with).
 */
package org.archsim.app.settings;
