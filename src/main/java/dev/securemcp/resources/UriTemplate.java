package dev.securemcp.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 level-1 URI template ({@code {name}} expressions), matched against concrete URIs: each
 * variable stands for one non-empty path segment (no {@code /}, {@code ?} or {@code #}).
 */
public final class UriTemplate {
    private static final Pattern EXPRESSION = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> variables = new ArrayList<>();

    public UriTemplate(String template) {
        this.template = template;
        StringBuilder regex = new StringBuilder();
        Matcher expression = EXPRESSION.matcher(template);
        int last = 0;
        while (expression.find()) {
            regex.append(Pattern.quote(template.substring(last, expression.start())));
            regex.append("([^/?#]+)");
            variables.add(expression.group(1));
            last = expression.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        this.pattern = Pattern.compile(regex.toString());
    }

    public String template() {
        return template;
    }

    public List<String> variables() {
        return List.copyOf(variables);
    }

    /** The variables' values when {@code uri} matches, else empty. */
    public Optional<Map<String, String>> match(String uri) {
        Matcher matcher = pattern.matcher(uri);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            values.put(variables.get(i), matcher.group(i + 1));
        }
        return Optional.of(values);
    }
}
