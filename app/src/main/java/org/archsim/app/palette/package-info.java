/**
 * The parts palette: every kind of the catalog, grouped by category and filterable by typing
 * ({@link org.archsim.app.palette.PaletteViewModel}); kinds are dragged onto the canvas or added at its centre by
 * double-click or Enter ({@link org.archsim.app.palette.PaletteView}).
 */
package org.archsim.app.palette;
