package org.embedscope.app.export;

import java.util.ArrayList;
import java.util.List;

/** Greedy label placement: each label right of its point if it overlaps no label placed before, else dropped. */
final class LabelPlacer {
    record Placed(int point, String text, double x, double y, double width, double height) {
    }

    interface TextWidth {
        double of(String text);
    }

    private LabelPlacer() {
    }

    static List<Placed> place(MapPicture picture, PictureFrame frame, TextWidth width, double fontSize, int max) {
        List<Placed> placed = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int p : picture.labelOrder()) {
            if (placed.size() >= max || !seen.add(p) || p < 0 || p >= picture.points()) {
                continue;
            }
            double px = frame.x(picture.xy()[2 * p]);
            double py = frame.y(picture.xy()[2 * p + 1]);
            String text = picture.words()[p];
            double w = width.of(text);
            Placed candidate = new Placed(p, text, px + 5, py + fontSize * 0.35, w, fontSize);
            if (frame.inside(px, py) && candidate.x + w <= frame.width && placed.stream().noneMatch(o -> overlaps(o, candidate))) {
                placed.add(candidate);
            }
        }
        return placed;
    }

    private static boolean overlaps(Placed a, Placed b) {
        return a.x < b.x + b.width + 2 && b.x < a.x + a.width + 2 && a.y - a.height < b.y && b.y - b.height < a.y;
    }
}
