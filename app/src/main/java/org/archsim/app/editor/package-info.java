/**
 * The canvas editor: {@link org.archsim.app.editor.EditorViewModel} holds the design, its undo history, the selection
 * and every editing operation (each one an {@code org.archsim.model.edit} command), testable without a Stage;
 * {@link org.archsim.app.editor.CanvasView} draws the design as cards and arrows and turns mouse and keyboard
 * gestures into view-model calls.
 */
package org.archsim.app.editor;
