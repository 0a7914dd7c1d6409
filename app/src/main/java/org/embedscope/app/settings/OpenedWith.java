package org.embedscope.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The options a recent file was opened with; null fields mean "detect" or "none". */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class OpenedWith {
    public String format;
    public String metadata;
    public int limit;

    OpenedWith copy() {
        OpenedWith copy = new OpenedWith();
        copy.format = format;
        copy.metadata = metadata;
        copy.limit = limit;
        return copy;
    }
}
