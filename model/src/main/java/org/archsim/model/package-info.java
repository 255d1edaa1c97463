/**
 * The design model: part kinds and their parameters declared as data ({@link org.archsim.model.Catalog},
 * {@link org.archsim.model.ComponentKind}, {@link org.archsim.model.ParamSpec}) and the design graph itself
 * ({@link org.archsim.model.Design}, {@link org.archsim.model.Component}, {@link org.archsim.model.Link}).
 * No JavaFX, no simulation.
 */
package org.archsim.model;
