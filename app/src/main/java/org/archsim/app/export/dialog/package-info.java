/**
 * File → Export…: the dialog's view-model ({@link org.archsim.app.export.dialog.ExportDialogModel}). The view itself
 * (a dialog with a format chooser, options and a preview) belongs with the editor and is still to be built.
 */
package org.archsim.app.export.dialog;
