/**
 * picocli commands over {@link org.vigie.deploy.cluster.LocalCluster} and {@link org.vigie.deploy.cluster.JobControl},
 * to register as sub-commands of {@code vigie}: {@link org.vigie.deploy.cluster.cli.ClusterCommand} ({@code cluster
 * up|down|status}), {@link org.vigie.deploy.cluster.cli.SubmitCommand}, {@link
 * org.vigie.deploy.cluster.cli.SavepointCommand}, {@link org.vigie.deploy.cluster.cli.CancelCommand}. Each prints
 * one line per fact, errors to stderr, and exits 1 on failure without a stack trace (the message names the cause).
 */
package org.vigie.deploy.cluster.cli;
