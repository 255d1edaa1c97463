/** Practice files as JSON: the scorecard written for scripts, and a worksheet of estimates read from a file. */
package org.archsim.app.practice.io;
