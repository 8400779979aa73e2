/**
 * Scenario tests for rule packs: {@code *.scenarios.yaml} files ({@link org.vigie.rules.scenario.ScenarioParser}),
 * run on fresh engines ({@link org.vigie.rules.scenario.ScenarioRunner}), a whole pack at once
 * ({@link org.vigie.rules.scenario.PackTester}) with results structured for the build and the CLI to print.
 */
package org.vigie.rules.scenario;
