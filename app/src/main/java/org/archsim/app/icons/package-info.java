/**
 * Part icons: {@link org.archsim.app.icons.IconLoader} reads the SVG files under {@code /assets/icons/} on the class
 * path and turns their path data into JavaFX nodes that scale and take the theme's colour.
 */
package org.archsim.app.icons;
