/** The desktop application's entry points: {@link org.archsim.app.Main} and the JavaFX application. */
package org.archsim.app;
