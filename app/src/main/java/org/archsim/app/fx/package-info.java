/** Small JavaFX helpers shared by the views. */
package org.archsim.app.fx;
