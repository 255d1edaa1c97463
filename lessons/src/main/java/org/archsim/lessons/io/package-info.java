/**
 * Reading lesson packs: {@link org.archsim.lessons.io.PackLoader} opens a folder or zip, parses {@code pack.json} and
 * lesson files into located trees, and reports every problem as {@code file:line:column: field: message}. Safe by
 * construction: references cannot leave the pack, zip-slip entries refuse the zip, sizes and counts are capped.
 */
package org.archsim.lessons.io;
