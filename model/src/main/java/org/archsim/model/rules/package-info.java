/**
 * Design rules: validation and teaching diagnostics ({@link org.archsim.model.rules.DesignRules},
 * {@link org.archsim.model.rules.Problem}) — single points of failure, unreachable parts, links a kind cannot have,
 * parameter values out of range.
 */
package org.archsim.model.rules;
