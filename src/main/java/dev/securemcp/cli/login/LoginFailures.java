package dev.securemcp.cli.login;

import com.nimbusds.oauth2.sdk.ErrorObject;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.ExitCodes;

/** The one sentence and exit code of each way a login can fail. */
final class LoginFailures {

    private LoginFailures() {
    }

    static CliException noMetadata(String what) {
        return new CliException(ExitCodes.LOGIN_METADATA, "Cannot log in: " + what + ".");
    }

    static CliException registration(String why) {
        return new CliException(ExitCodes.LOGIN_REGISTRATION, "Cannot log in: the client cannot be registered (" + why
                + "); pass a pre-registered --client-id.");
    }

    static CliException cancelled(String why) {
        return new CliException(ExitCodes.LOGIN_CANCELLED, "The login did not finish: " + why + ".");
    }

    static CliException refused(String endpoint, ErrorObject error) {
        String code = error == null || error.getCode() == null ? "no error code" : error.getCode();
        String description = error == null || error.getDescription() == null ? "" : ": " + error.getDescription();
        return new CliException(ExitCodes.LOGIN_REFUSED, "The authorization server's " + endpoint + " refused the request ("
                + code + description + ").");
    }

    static CliException unreachable(String url, Exception cause) {
        return new CliException(ExitCodes.UNREACHABLE, "Cannot reach " + url + " during the login (" + cause.getMessage() + ").",
                cause);
    }
}
