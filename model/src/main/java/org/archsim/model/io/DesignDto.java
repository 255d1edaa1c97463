package org.archsim.model.io;

import java.util.List;
import java.util.SortedMap;

/**
 * The shape of a design file ({@code archsim.design/1}), one record per JSON object, holding values already checked
 * against the catalog (parameters have their type's Java class). The codec maps it to and from {@link
 * org.archsim.model.Design}.
 */
record DesignDto(String name, List<ComponentDto> components, List<LinkDto> links) {

    static final String FORMAT = "archsim.design/1";

    /** A part; {@code name} is {@code null} when it equals the id (and then is not written). */
    record ComponentDto(String id, String kind, String name, double x, double y, SortedMap<String, Object> params) {
    }

    /** A link; its parameters sit directly on the link object in the file. */
    record LinkDto(String from, String to, SortedMap<String, Object> params) {
    }
}
