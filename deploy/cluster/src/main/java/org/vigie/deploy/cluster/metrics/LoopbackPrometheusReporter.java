package org.vigie.deploy.cluster.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.HTTPServer;
import org.apache.flink.metrics.prometheus.AbstractPrometheusReporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Flink's Prometheus reporter, serving on one loopback address instead of every interface.
 *
 * <p>Flink's own {@code PrometheusReporter} (2.2.1) binds {@code new InetSocketAddress(port)}, the wildcard address,
 * and has no host option; the local cluster's contract is that nothing listens beyond 127.0.0.1. The metric
 * collection is inherited unchanged; only the HTTP endpoint differs. The collector registry is package-private in
 * the base class, hence the reflection (pinned Flink version; {@code LoopbackPrometheusReporterTest} guards it).
 */
public final class LoopbackPrometheusReporter extends AbstractPrometheusReporter {

    private final HTTPServer server;

    public LoopbackPrometheusReporter(String host, int port) {
        try {
            server = new HTTPServer(new InetSocketAddress(InetAddress.getByName(host), port), registry(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve Prometheus metrics on " + host + ":" + port, e);
        }
        log.info("Serving Prometheus metrics on http://{}:{}/metrics", host, server.getPort());
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.stop();
        super.close();
    }

    private CollectorRegistry registry() {
        try {
            Field f = AbstractPrometheusReporter.class.getDeclaredField("registry");
            f.setAccessible(true);
            return (CollectorRegistry) f.get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Flink version's Prometheus reporter has no 'registry' field", e);
        }
    }
}
