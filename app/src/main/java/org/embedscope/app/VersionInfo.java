package org.embedscope.app;

/** The software's version, read from the jar manifest so that it is written in one place (the pom). */
public final class VersionInfo {
    private VersionInfo() {
    }

    /** "Embedscope 0.1.0-SNAPSHOT", or "Embedscope (development build)" outside a jar. */
    public static String version() {
        String version = VersionInfo.class.getPackage().getImplementationVersion();
        return "Embedscope " + (version == null ? "(development build)" : version);
    }
}
