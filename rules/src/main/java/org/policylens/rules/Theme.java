package org.policylens.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A theme of a rule pack.
 *
 * @param id      stable identifier ({@code economy}, {@code innovation}, ...): lower case, digits, {@code -_}
 * @param labelZh Chinese label
 * @param labelEn English label
 * @param color   chart colour {@code #RRGGBB}
 */
public record Theme(String id, String labelZh, String labelEn, String color) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(color, "color");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("bad theme id '" + id + "'");
        if (id.equals(Labels.NONE_ID)) throw new IllegalArgumentException("'none' is not a theme id");
        if (!COLOR.matcher(color).matches()) throw new IllegalArgumentException("bad colour '" + color + "' (want #RRGGBB)");
    }
}
