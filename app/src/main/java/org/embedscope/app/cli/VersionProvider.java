package org.embedscope.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is written in one place (the pom). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {org.embedscope.app.VersionInfo.version()};
    }
}
