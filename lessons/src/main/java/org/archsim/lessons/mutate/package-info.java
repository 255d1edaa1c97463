/**
 * Declarative design edits ({@code removeKind}, {@code removePart}, {@code removeLink}, {@code setParam},
 * {@code setLinkParam}) that take a lesson's taught concept out of its solution, for the pack checks.
 */
package org.archsim.lessons.mutate;
