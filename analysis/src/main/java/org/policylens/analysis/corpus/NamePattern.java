package org.policylens.analysis.corpus;

import org.policylens.analysis.cli.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads group values from file names, e.g. {@code {city}_{year}}: {@code suzhou_2025h1.txt} gives
 * city {@code suzhou}, year {@code 2025}. {@code {year}} takes the leading four digits of its field
 * (anything after them, such as {@code h1}, is ignored); every other placeholder takes any text.
 */
public final class NamePattern {

    /** The samples' convention. */
    public static final String DEFAULT = "{city}_{year}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String source;
    private final List<String> variables;
    private final Pattern regex;

    private NamePattern(String source, List<String> variables, Pattern regex) {
        this.source = source;
        this.variables = List.copyOf(variables);
        this.regex = regex;
    }

    /** Parses a pattern; throws {@link InputException} when it has no placeholder or repeats one. */
    public static NamePattern parse(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder re = new StringBuilder();
        List<String> vars = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(pattern.substring(last, m.start())));
            String name = m.group(1);
            if (vars.contains(name)) throw new InputException("--name-pattern '" + pattern + "': {" + name + "} appears twice");
            vars.add(name);
            re.append(name.equals("year") ? "([0-9]{4})[^/]*?" : "(.+?)");
            last = m.end();
        }
        re.append(Pattern.quote(pattern.substring(last)));
        if (vars.isEmpty()) throw new InputException("--name-pattern '" + pattern + "' has no {placeholder}");
        return new NamePattern(pattern, vars, Pattern.compile(re.toString()));
    }

    /** The placeholder names, in pattern order (these become the group variables). */
    public List<String> variables() {
        return variables;
    }

    /** Group values read from a file name (extension removed), or empty when the name does not fit. */
    public Optional<List<String>> match(String fileName) {
        String stem = CorpusEntry.idOf(fileName);
        Matcher m = regex.matcher(stem);
        if (!m.matches()) return Optional.empty();
        List<String> values = new ArrayList<>(variables.size());
        for (int i = 1; i <= variables.size(); i++) values.add(m.group(i));
        return Optional.of(values);
    }

    @Override
    public String toString() {
        return source;
    }
}
