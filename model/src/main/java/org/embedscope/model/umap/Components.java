package org.embedscope.model.umap;

/** Connected components of a graph, by union-find with path halving. */
final class Components {
    private Components() {
    }

    static int count(UmapGraph graph) {
        int n = graph.points();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int components = n;
        for (int i = 0; i < n; i++) {
            for (int e = graph.offsets()[i]; e < graph.offsets()[i + 1]; e++) {
                int a = root(parent, i);
                int b = root(parent, graph.targets()[e]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                    components--;
                }
            }
        }
        return components;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
