package org.embedscope.app.session;

/** A named picture inside a session, to come back to (a lesson step, a finding to show). */
public record Bookmark(String name, String created, SessionView view) {
}
