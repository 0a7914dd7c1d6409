package org.embedscope.app.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every lesson the app offers: the bundled ones (listed in the assets' lessons/index.json, in the
 * order of the course) and then those in the user's lessons folder, by file name. A file that cannot
 * be read becomes a problem naming the file and line; the other lessons are still offered.
 */
public final class LessonLibrary {
    private static final String BUNDLED = "/org/embedscope/assets/lessons/";
    private final Map<String, Lesson> lessons = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private LessonLibrary() {
    }

    /** The bundled lessons, then those in {@code userFolder} (which may be missing or null). */
    public static LessonLibrary load(Path userFolder) {
        LessonLibrary library = new LessonLibrary();
        library.readBundled();
        if (userFolder != null && Files.isDirectory(userFolder)) {
            library.readFolder(userFolder);
        }
        return library;
    }

    /** The user's lessons folder: "lessons" next to the settings file. */
    public static Path userFolder(Path settingsFolder) {
        return settingsFolder.resolve("lessons");
    }

    public List<Lesson> all() {
        return List.copyOf(lessons.values());
    }

    public Optional<Lesson> find(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    /** One sentence per file that could not be read. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void readBundled() {
        List<String> names;
        try (InputStream index = LessonLibrary.class.getResourceAsStream(BUNDLED + "index.json")) {
            if (index == null) {
                problems.add("the bundled lessons are missing from this build");
                return;
            }
            names = LessonFiles.index(index);
        } catch (IOException | LessonFormatException e) {
            problems.add("the bundled lessons' index cannot be read: " + e.getMessage());
            return;
        }
        for (String name : names) {
            try (InputStream in = LessonLibrary.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    problems.add("the bundled lesson " + name + " is missing from this build");
                } else {
                    add(LessonFiles.read(in, "bundled lesson " + name, "bundled"));
                }
            } catch (IOException | LessonFormatException e) {
                problems.add(e.getMessage());
            }
        }
    }

    private void readFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder + ": cannot list the lessons folder (" + e.getMessage() + ")");
            return;
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                add(LessonFiles.read(in, file.toString(), file.toString()));
            } catch (IOException | LessonFormatException e) {
                problems.add(e instanceof LessonFormatException ? e.getMessage() : file + ": " + e.getMessage());
            }
        }
    }

    private void add(Lesson lesson) {
        if (lessons.containsKey(lesson.id())) {
            problems.add(lesson.source() + ": a lesson with the id '" + lesson.id() + "' already exists ("
                    + lessons.get(lesson.id()).source() + "); this one is skipped");
        } else {
            lessons.put(lesson.id(), lesson);
        }
    }
}
