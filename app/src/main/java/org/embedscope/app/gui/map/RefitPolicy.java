package org.embedscope.app.gui.map;

/** Whether the view fits itself to a newly drawn map. */
public enum RefitPolicy {
    /** Always, e.g. for a finished map. */
    ALWAYS,
    /** Only while the user has not zoomed or panned since the last fit (a map that is forming). */
    UNLESS_USER_MOVED,
    /** Keep the view as it is. */
    NEVER
}
