package dev.securemcp.cli.login;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Opens a URL the Unix way: {@code BROWSER} is a colon-separated list of commands, the first that
 * starts is used, {@code %s} in it stands for the URL (else the URL is appended). Without one, or
 * with {@code --no-browser}, the URL is printed for the person to open.
 */
final class Browser {
    private final Function<String, String> environment;
    private final boolean disabled;
    private final OAuthHttp http;

    Browser(Function<String, String> environment, boolean disabled, OAuthHttp http) {
        this.environment = environment;
        this.disabled = disabled;
        this.http = http;
    }

    void open(URI url, String what) {
        String browsers = environment.apply("BROWSER");
        if (!disabled && browsers != null && !browsers.isBlank()) {
            for (String browser : browsers.split(":")) {
                if (start(browser.strip(), url.toString())) {
                    http.say("🌐 Opened the browser to " + what + ".");
                    return;
                }
            }
        }
        http.say("🌐 Open this URL to " + what + ":\n" + url);
    }

    private static boolean start(String browser, String url) {
        if (browser.isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>(Arrays.asList(browser.split("\\s+")));
        command.replaceAll(part -> part.replace("%s", url));
        if (!browser.contains("%s")) {
            command.add(url);
        }
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start()
                    .getOutputStream().close();
            return true;
        } catch (IOException notThere) {
            return false;
        }
    }
}
