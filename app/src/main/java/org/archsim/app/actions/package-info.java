/**
 * Everything the learner can do, as named actions with shortcuts ({@link org.archsim.app.actions.AppAction},
 * {@link org.archsim.app.actions.ActionRegistry}): the menus, the command palette (Ctrl+K,
 * {@link org.archsim.app.actions.CommandPaletteViewModel}) and the shortcut list are all built from the one registry,
 * so they never disagree.
 */
package org.archsim.app.actions;
