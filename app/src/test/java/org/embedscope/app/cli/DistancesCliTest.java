package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * `embedscope distances` on the bundled dataset. The nearest-neighbour figures are numpy's and
 * scikit-learn's on the same sample words (bench/distances_peer.py).
 */
class DistancesCliTest {
    @Test
    void principalComponentsAgreeWithNumpyAndTheContrastFalls() throws Exception {
        JsonNode json = BiasCliTest.json("distances", "--dims", "10", "--json");
        assertEquals(1000, json.get("sample_rows").size());
        assertEquals(0.121985, json.get("summary").get("mean_nearest").asDouble(), 1e-6);
        assertEquals(0.054414, json.get("summary").get("sd_nearest").asDouble(), 1e-6);
        JsonNode sweep = json.get("sweep");
        assertEquals(100, sweep.get(sweep.size() - 1).get("dims").asInt());
        for (int i = 1; i < sweep.size(); i++) {
            assertTrue(sweep.get(i).get("contrast").asDouble() < sweep.get(i - 1).get("contrast").asDouble(),
                    sweep.toString());
        }
        assertEquals(0.419977, sweep.get(sweep.size() - 1).get("mean_nearest").asDouble(), 1e-6);
    }

    @Test
    void rawEuclideanOnEveryDimensionEqualsPrincipalComponents() throws Exception {
        // Centring and rotating keep straight-line distances, so both see the same nearest neighbours.
        JsonNode raw = BiasCliTest.json("distances", "--source", "raw", "--metric", "euclidean", "--json");
        JsonNode pca = BiasCliTest.json("distances", "--metric", "euclidean", "--json");
        assertEquals(4.445707, raw.get("summary").get("mean_nearest").asDouble(), 1e-6);
        assertEquals(raw.get("summary").get("mean_nearest").asDouble(),
                pca.get("summary").get("mean_nearest").asDouble(), 1e-4);
    }
}
