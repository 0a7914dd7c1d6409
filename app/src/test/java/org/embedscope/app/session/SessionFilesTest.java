package org.embedscope.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session files: written atomically, read back equal, and refused with a message when they cannot be used. */
class SessionFilesTest {
    @TempDir
    Path dir;

    private static Session sample() {
        SessionView view = new SessionView("bias", Map.of(), null, null,
                new LayoutData(new int[] {3, 1}, new float[] {0.5f, -1, 2, 3}, 2, "PCA", List.of("PC1", "PC2"), null),
                new ColoringData(new int[] {0xFF112233, 0x80445566}, "clusters", List.of(new ColoringData.Entry("#112233", "one"))),
                "two words", List.of("cat", "dog"), "cat");
        return new Session(Session.VERSION, "Embedscope test", "2026-12-01T00:00:00Z",
                new DatasetRef("/data/glove.txt", "sha256:ab", 12, "glove", 0, null), view,
                List.of(new Bookmark("first", "2026-12-01T00:00:00Z", view)));
    }

    @Test
    void aSessionReadsBackAsWritten() throws Exception {
        Path file = dir.resolve("s.json");
        SessionFiles.write(file, sample());
        Session read = SessionFiles.read(file);
        assertEquals(sample().dataset(), read.dataset());
        assertEquals("cat", read.current().focused());
        assertEquals(List.of(3, 1), java.util.Arrays.stream(read.current().layout().rows()).boxed().toList());
        assertEquals(0x80445566, read.current().coloring().colors()[1]);
        assertEquals("first", read.bookmarks().get(0).name());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aCorruptFileNamesTheFileAndLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"version\": 1,\n  \"dataset\": {\n");
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.read(file));
        assertTrue(e.getMessage().startsWith("broken.json, line"), e.getMessage());
    }

    @Test
    void aNewerFormatIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("future.json");
        Files.writeString(file, "{\"version\": 2, \"dataset\": {}, \"current\": {}}");
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.read(file));
        assertTrue(e.getMessage().contains("newer Embedscope") && e.getMessage().contains("Update"), e.getMessage());
    }

    @Test
    void otherJsonIsNotASession() throws Exception {
        Path file = dir.resolve("words.json");
        Files.writeString(file, "[\"cat\", \"dog\"]");
        assertTrue(assertThrows(SessionException.class, () -> SessionFiles.read(file)).getMessage()
                .contains("not an Embedscope session"));
        Files.writeString(file, "{\"version\": 1}");
        assertTrue(assertThrows(SessionException.class, () -> SessionFiles.read(file)).getMessage()
                .contains("incomplete"));
    }

    @Test
    void aSavedMapKeepsHowItWasMadeSoWordsCanStillBePlacedOntoIt() throws Exception {
        List<org.embedscope.model.projection.ProjectionSpec> specs = List.of(
                org.embedscope.model.projection.TsneSpec.defaults(2).withPerplexity(12.5).withSeed(4),
                org.embedscope.model.projection.UmapSpec.defaults(2).withMinDist(0.3),
                new org.embedscope.model.projection.PcaSpec(2, List.of(2, 3)),
                new org.embedscope.model.projection.CustomAxesSpec(List.of("he - she", "rich - poor")));
        for (org.embedscope.model.projection.ProjectionSpec spec : specs) {
            org.embedscope.app.gui.map.MapLayout map = new org.embedscope.app.gui.map.MapLayout(new int[] {0, 1},
                    new float[] {0, 1, 2, 3}, 2, "map", List.of(), false, spec);
            Session session = new Session(Session.VERSION, "test", "2026-12-01T00:00:00Z", sample().dataset(),
                    new SessionView("map", Map.of(), null, null, LayoutData.of(map), null, "", List.of(), null),
                    List.of());
            Path file = dir.resolve("spec.json");
            SessionFiles.write(file, session);
            org.embedscope.app.gui.map.MapLayout read = SessionFiles.read(file).current().layout().toLayout(2);
            assertEquals(spec, read.spec());
            assertTrue(read.takesPlacements());
        }
        // a session saved before maps kept their spec reopens to a map that takes no new words
        assertEquals(null, sample().current().layout().toLayout(4).spec());
        LayoutData unreadable = new LayoutData(new int[] {0, 1}, new float[] {0, 1, 2, 3}, 2, "", List.of(),
                new SavedSpec("tsne", SessionFiles.json().readTree("{\"perplexity\": -3}")));
        assertEquals(null, unreadable.toLayout(2).spec());
        // a UMAP map saved before its repulsion strength could be set was made with umap-learn's
        LayoutData olderUmap = new LayoutData(new int[] {0, 1}, new float[] {0, 1, 2, 3}, 2, "", List.of(),
                new SavedSpec("umap", SessionFiles.json().readTree("{\"dims\": 2, \"neighbours\": 15, \"minDist\": 0.1,"
                        + " \"spread\": 1.0, \"epochs\": 0, \"seed\": 0, \"metric\": \"COSINE\"}")));
        assertEquals(org.embedscope.model.projection.UmapSpec.defaults(2).withRepulsion(1),
                olderUmap.toLayout(2).spec());
    }

    @Test
    void aSavedMapNamingWordsBeyondTheVectorsIsRefused() {
        LayoutData layout = new LayoutData(new int[] {5}, new float[] {0, 0}, 2, "", List.of(), null);
        assertTrue(assertThrows(SessionException.class, () -> layout.toLayout(3)).getMessage().contains("beyond"));
    }
}
