package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.app.lesson.Lesson;
import org.embedscope.app.lesson.LessonLibrary;
import org.embedscope.app.lesson.LessonStep;
import org.embedscope.app.settings.SettingsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lessons", description = {"List the lessons: the bundled ones, then those in the lessons folder next"
        + " to the settings (a JSON file each; see docs/lessons.md).",
    "Start one with: embedscope gui --lesson ID [--step N] [--presenter]."})
final class LessonsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print machine-readable JSON: ids, titles and every step.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where the user's own lessons are: "lessons" next to the settings file. */
    static Path userFolder() {
        return LessonLibrary.userFolder(SettingsStore.forUser().file().getParent());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LessonLibrary library = LessonLibrary.load(userFolder());
        for (String problem : library.problems()) {
            err.println("embedscope: " + problem);
        }
        if (json) {
            JsonOutput.print(out, toJson(library));
        } else {
            int number = 1;
            for (Lesson lesson : library.all()) {
                out.printf("%d. %s  (%s, %d steps)%n", number++, lesson.title(), lesson.id(), lesson.size());
                for (int i = 0; i < lesson.size(); i++) {
                    out.printf("     %d  %s%n", i + 1, lesson.step(i).title());
                }
            }
            out.flush();
        }
        return library.problems().isEmpty() ? 0 : 1;
    }

    private static ArrayNode toJson(LessonLibrary library) {
        ArrayNode lessons = JsonOutput.object().arrayNode();
        for (Lesson lesson : library.all()) {
            ObjectNode entry = lessons.addObject();
            entry.put("id", lesson.id());
            entry.put("title", lesson.title());
            entry.put("summary", lesson.summary());
            entry.put("source", lesson.source());
            ArrayNode steps = entry.putArray("steps");
            for (int i = 0; i < lesson.size(); i++) {
                LessonStep step = lesson.step(i);
                ObjectNode s = steps.addObject();
                s.put("number", i + 1);
                s.put("title", step.title());
                s.put("text", step.text());
                if (step.panel() != null) {
                    s.put("panel", step.panel());
                }
                ArrayNode run = s.putArray("run");
                step.run().forEach(run::add);
            }
        }
        return lessons;
    }
}
