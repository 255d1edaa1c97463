/**
 * Live simulation in the app: running the engine off the JavaFX thread, publishing immutable reports to listeners
 * on the FX thread, run controls and fault injection.
 */
package org.archsim.app.run;
