package org.embedscope.app.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.embedscope.model.projection.CustomAxesSpec;
import org.embedscope.model.projection.PcaSpec;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.TsneSpec;
import org.embedscope.model.projection.UmapSpec;

/**
 * How a saved map was made, so that words can be placed onto it after the session is reopened.
 *
 * @param method   pca, tsne, umap or custom
 * @param settings the spec's fields
 */
public record SavedSpec(String method, JsonNode settings) {
    static SavedSpec of(ProjectionSpec spec) {
        if (spec == null) {
            return null;
        }
        String method = spec instanceof PcaSpec ? "pca" : spec instanceof TsneSpec ? "tsne"
                : spec instanceof UmapSpec ? "umap" : "custom";
        return new SavedSpec(method, SessionFiles.json().valueToTree(spec));
    }

    /** The spec, or null when it cannot be read back (a session of another version): the map then takes no new words. */
    ProjectionSpec toSpec() {
        Class<? extends ProjectionSpec> type = switch (method == null ? "" : method) {
            case "pca" -> PcaSpec.class;
            case "tsne" -> TsneSpec.class;
            case "umap" -> UmapSpec.class;
            case "custom" -> CustomAxesSpec.class;
            default -> null;
        };
        if (type == null || settings == null) {
            return null;
        }
        JsonNode fields = settings;
        if (type == UmapSpec.class && settings.isObject() && !settings.has("repulsion")) {
            // saved before the strength could be set: those maps were made with umap-learn's
            fields = ((com.fasterxml.jackson.databind.node.ObjectNode) settings.deepCopy())
                    .put("repulsion", UmapSpec.UMAP_LEARN_REPULSION);
        }
        try {
            return SessionFiles.json().treeToValue(fields, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
