/** The headless command line (picocli): one class per subcommand, and the exit-code contract. */
package org.archsim.app.cli;
