/**
 * The main window and what holds it together: layout ({@link org.archsim.app.shell.MainWindow}), the actions and
 * menus built from one registry, the status bar, themes and text size applied to every window, autosave and
 * recovery at start, and the open windows of the app ({@link org.archsim.app.shell.AppWindows}).
 */
package org.archsim.app.shell;
