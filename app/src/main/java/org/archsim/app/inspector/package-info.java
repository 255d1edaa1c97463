/**
 * The inspector on the right of the window, generated from the catalog's {@code ParamSpec}s: one row per parameter
 * with its unit, range or choices and description. {@link org.archsim.app.inspector.InspectorViewModel} parses and
 * commits values through undoable commands and keeps refusals next to the field; nothing is ever clamped.
 */
package org.archsim.app.inspector;
