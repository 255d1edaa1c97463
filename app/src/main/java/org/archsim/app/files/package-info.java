/**
 * Design files: New, Open, Open Recent, Save, Save As and Revert with the unsaved-work prompt
 * ({@link org.archsim.app.files.DocumentViewModel}, testable through the {@link org.archsim.app.files.FileDialogs}
 * port), autosave and crash recovery ({@link org.archsim.app.files.Autosave}) and the user's data folder.
 */
package org.archsim.app.files;
