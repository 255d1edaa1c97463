/**
 * Drawing a live run over the editor canvas: moving marks for sampled messages and each part's live state, on one
 * Canvas cleared every frame.
 */
package org.archsim.app.run.anim;
