/**
 * Reading and writing ArchSim's public file formats — design files ({@code archsim.design/1}) and scenario files
 * ({@code archsim.scenario/1}) — plus the generator of their JSON schemas and parameter reference tables.
 *
 * <p>Files are parsed with Jackson's streaming parser into a small tree that remembers where every value starts
 * ({@code Node}), then checked field by field against the {@link org.archsim.model.Catalog}, collecting every
 * problem with its file, line, column and field path ({@link org.archsim.model.io.FormatProblem}). Writing is
 * deterministic: fixed field order, sorted parameters, two-space indent, integral numbers without a fraction.
 * The only package (with its tests) that imports Jackson's databind.
 */
package org.archsim.model.io;
