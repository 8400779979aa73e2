package org.vigie.deploy.cluster.metrics;

import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.junit.jupiter.api.Test;
import org.vigie.deploy.embedded.ListeningSockets;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loopback reporter serves Flink's Prometheus text on 127.0.0.1 only, and this Flink version still has the
 * field it reads by reflection. (That the job's metrics appear in it is checked on the real cluster.)
 */
class LoopbackPrometheusReporterTest {

    @Test
    void servesMetricsOnLoopbackOnly() throws Exception {
        MetricConfig config = new MetricConfig();
        config.put("host", "127.0.0.1");
        config.put("port", 0);
        MetricReporter reporter = new LoopbackPrometheusReporterFactory().createMetricReporter(config);
        try {
            int port = ((LoopbackPrometheusReporter) reporter).port();
            assertTrue(port > 0);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), "the collector registry was found and is served");
            if (ListeningSockets.supported()) {
                for (InetSocketAddress a : ListeningSockets.ofThisProcess()) {
                    if (a.getPort() == port) {
                        assertTrue(a.getAddress().isLoopbackAddress(), "bound to " + a);
                    }
                }
            }
        } finally {
            reporter.close();
        }
    }
}
