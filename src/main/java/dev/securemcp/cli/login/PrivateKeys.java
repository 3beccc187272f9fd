package dev.securemcp.cli.login;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.ExitCodes;

/** Reads a PKCS#8 PEM private key (RSA or EC), such as the one {@code keys generate} writes. */
final class PrivateKeys {

    private PrivateKeys() {
    }

    static PrivateKey read(String location) {
        try {
            String pem = Files.readString(Path.of(location));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", ""));
            PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
            for (String algorithm : new String[] { "RSA", "EC" }) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(spec);
                } catch (java.security.spec.InvalidKeySpecException notThisKind) {
                    // try the next kind
                }
            }
            throw new IllegalArgumentException("not an RSA or EC key");
        } catch (Exception unreadable) {
            throw new CliException(ExitCodes.KEY_FILE, "The private key " + location + " is missing or is not a PKCS#8 PEM RSA "
                    + "or EC key; pass --private-key FILE.", unreadable);
        }
    }
}
