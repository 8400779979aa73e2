package org.vigie.deploy.cluster.metrics;

import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

import java.util.Properties;

/**
 * Creates {@link LoopbackPrometheusReporter}s from {@code metrics.reporter.<name>.host} (default 127.0.0.1) and
 * {@code metrics.reporter.<name>.port} (one port; 0 picks a free one).
 *
 * <p>Registered through a {@code META-INF/services} file that {@code cluster up} writes beside the cluster's
 * classpath, not in this module's jar: the command line also carries this jar, without Flink's Prometheus classes.
 */
public final class LoopbackPrometheusReporterFactory implements MetricReporterFactory {

    @Override
    public MetricReporter createMetricReporter(Properties properties) {
        // Values keep their YAML type (an Integer port), which Properties.getProperty would not return.
        String host = String.valueOf(properties.getOrDefault("host", "127.0.0.1"));
        int port = Integer.parseInt(String.valueOf(properties.getOrDefault("port", "9249")).trim());
        return new LoopbackPrometheusReporter(host, port);
    }
}
