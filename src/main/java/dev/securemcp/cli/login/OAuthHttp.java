package dev.securemcp.cli.login;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;

/**
 * Sends the login's HTTP requests. With {@code -v} it shows the method, URL and status only:
 * these bodies carry codes, secrets and tokens.
 */
public final class OAuthHttp {
    private static final int TIMEOUT_MILLIS = 15_000;
    private final PrintWriter err;
    private final boolean verbose;

    public OAuthHttp(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    HTTPResponse send(HTTPRequest request) {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        request.setFollowRedirects(false);
        if (verbose) {
            err.println("> " + request.getMethod() + " " + request.getURL() + " (login; body not shown)");
        }
        try {
            HTTPResponse response = request.send();
            if (verbose) {
                err.println("< " + response.getStatusCode());
                err.flush();
            }
            return response;
        } catch (IOException unreachable) {
            throw LoginFailures.unreachable(request.getURL().toString(), unreachable);
        }
    }

    HTTPResponse get(URI url) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, url);
        request.setAccept("application/json");
        return send(request);
    }

    void say(String line) {
        err.println(line);
        err.flush();
    }

    void detail(String line) {
        if (verbose) {
            say("* " + line);
        }
    }
}
