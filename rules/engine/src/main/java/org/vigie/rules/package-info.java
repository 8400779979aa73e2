/**
 * Rules: reading rule packs ({@link org.vigie.rules.RulePackLoader}), checking and compiling rules
 * ({@link org.vigie.rules.RuleCompiler}), with every refusal reported as a {@link org.vigie.rules.RuleProblem} at its
 * file and line. The lexer and the checks are package-private: the place to extend the sandbox is
 * {@code RuleGuard}.
 */
package org.vigie.rules;
